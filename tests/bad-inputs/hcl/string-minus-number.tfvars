az_count = "a" - 1
