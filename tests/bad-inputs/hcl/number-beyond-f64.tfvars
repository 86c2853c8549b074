log_retention_days = 1e400
