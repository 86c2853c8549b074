ecr_repository_name = "team/sockerless-agent"
