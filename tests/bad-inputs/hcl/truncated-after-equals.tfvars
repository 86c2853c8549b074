name = "demo"
az_count =