az_count = -1
