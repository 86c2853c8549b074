vpc_cidr           = "10.0.0.1/16"
az_count           = 9
log_retention_days = 45
name               = "Bad_Name"
