az_count           = 3
availability_zones = ["us-east-1a", "us-east-1b"]
