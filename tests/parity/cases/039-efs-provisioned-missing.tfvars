efs_throughput_mode = "provisioned"
