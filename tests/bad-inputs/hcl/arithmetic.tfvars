az_count = 1 + 2
