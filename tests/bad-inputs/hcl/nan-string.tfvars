az_count = "NaN"
