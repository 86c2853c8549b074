log_retention_days = "Infinity"
