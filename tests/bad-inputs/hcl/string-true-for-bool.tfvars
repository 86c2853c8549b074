efs_encrypted = "true"
