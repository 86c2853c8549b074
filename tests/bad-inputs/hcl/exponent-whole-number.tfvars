az_count = 3e0
