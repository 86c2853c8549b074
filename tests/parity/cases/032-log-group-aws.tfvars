log_group_name = "aws/ecs/x"
