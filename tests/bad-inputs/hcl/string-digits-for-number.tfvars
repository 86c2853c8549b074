az_count = "3"
