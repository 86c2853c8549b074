name                       = "sockerless-ha"
az_count                   = 3
nat_gateway_count          = 3
availability_zones         = ["us-east-1a", "us-east-1b", "us-east-1c"]
log_retention_days         = 365
efs_throughput_mode        = "elastic"
container_insights_enabled = true
