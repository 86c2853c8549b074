az_count = 1 / 0
