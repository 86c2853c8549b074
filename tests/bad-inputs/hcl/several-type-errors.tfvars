name = ["demo"]
az_count = "two"
efs_encrypted = "maybe"
tags = "none"
