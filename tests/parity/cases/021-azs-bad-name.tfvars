availability_zones = ["us-east-1a", "useast1"]
