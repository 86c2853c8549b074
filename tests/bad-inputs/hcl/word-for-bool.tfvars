efs_encrypted = "yes"
