az_count = "Inf"
