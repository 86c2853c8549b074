availability_zones = "eu-west-1a"
