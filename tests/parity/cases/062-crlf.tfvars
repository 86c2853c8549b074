name = "crlf"
az_count = 9
