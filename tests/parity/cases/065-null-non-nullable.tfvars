tags = null
az_count = null
