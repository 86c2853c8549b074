availability_zones = [1, 2]
