fargate_weight      = 0
fargate_spot_weight = 0
