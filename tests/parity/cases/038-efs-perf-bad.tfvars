efs_performance_mode = "fast"
