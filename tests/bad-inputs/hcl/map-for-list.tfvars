availability_zones = { a = "eu-west-1a" }
