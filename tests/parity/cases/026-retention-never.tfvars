log_retention_days = 0
