log_retention_days = 45
