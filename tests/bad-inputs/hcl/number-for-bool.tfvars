efs_encrypted = 1
