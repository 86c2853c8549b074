availability_zones = [null, "eu-west-1b"]
