name = "demo"
az_count = 9
