region = "eu-west-1"
vpc_id = "vpc-123"
env = "dev"
owner = "platform"
