az_count = 02
