ecr_repository_name = "Sockerless"
