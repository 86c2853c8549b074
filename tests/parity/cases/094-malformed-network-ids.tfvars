# Each malformed input gets one error, from its validation, and no precondition.
vpc_id             = "vpc-XYZ"
private_subnet_ids = ["subnet-123", "subnet-123"]
public_subnet_ids  = ["subnet-123"]
