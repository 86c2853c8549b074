region = "eu-west-1"
vpc_id = "vpc-0123456789abcdef0"
