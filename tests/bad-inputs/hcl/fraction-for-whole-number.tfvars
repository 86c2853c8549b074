az_count = 2.5
