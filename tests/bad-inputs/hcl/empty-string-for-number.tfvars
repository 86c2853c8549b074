az_count = ""
