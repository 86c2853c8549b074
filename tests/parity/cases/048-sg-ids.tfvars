agent_ingress_security_group_ids = ["sg-12345678", "sg-0123456789abcdef0"]
