fargate_weight = 1e-400
