environment = 12
