availability_zones = [{ z = "eu-west-1a" }][*].z
