log_retention_days = "3.65e2"
