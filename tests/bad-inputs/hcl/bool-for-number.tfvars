az_count = true
