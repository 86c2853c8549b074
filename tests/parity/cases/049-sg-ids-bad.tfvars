agent_ingress_security_group_ids = ["sg-123"]
