log_retention_days = 365
