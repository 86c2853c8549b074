az_count = 0
