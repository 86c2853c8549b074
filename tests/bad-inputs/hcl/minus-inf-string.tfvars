fargate_base = "-Inf"
