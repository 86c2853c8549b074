az_count = true ? 3 : 1
