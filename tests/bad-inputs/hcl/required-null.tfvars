region = null
vpc_id = "vpc-0123456789abcdef0"
