private_subnet_ids = ["subnet-0aaaaaaaaaaaaaaa1"]
public_subnet_ids  = ["subnet-0bbbbbbbbbbbbbbb1"]
