fargate_base = -1
