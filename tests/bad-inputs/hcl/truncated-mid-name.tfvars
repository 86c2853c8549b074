name = "demo"
az_cou