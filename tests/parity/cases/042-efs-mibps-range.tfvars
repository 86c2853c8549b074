efs_throughput_mode              = "provisioned"
efs_provisioned_throughput_mibps = 4000
