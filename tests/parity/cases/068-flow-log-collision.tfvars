name           = "x1"
log_group_name = "/x1/vpc-flow-logs"
