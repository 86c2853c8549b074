fargate_base = -0
