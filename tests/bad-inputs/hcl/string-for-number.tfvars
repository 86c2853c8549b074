az_count = "two"
