az_count = 7
