region = "eu-west-1"
subnet_id = "subnet-123"
env = "dev"
owner = "platform"
