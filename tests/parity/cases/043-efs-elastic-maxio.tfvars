efs_performance_mode = "maxIO"
efs_throughput_mode  = "elastic"
