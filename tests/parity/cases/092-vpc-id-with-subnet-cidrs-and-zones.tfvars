vpc_id               = "vpc-0fedcba9876543210"
private_subnet_ids   = ["subnet-0aaaaaaaaaaaaaaa1"]
private_subnet_cidrs = ["10.0.0.0/20", "10.0.16.0/20"]
availability_zones   = ["us-east-1a", "us-east-1b"]
