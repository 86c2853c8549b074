fargate_base = -1e400
