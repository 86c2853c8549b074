availability_zones = ["us-east-1a", "us-east-1a"]
