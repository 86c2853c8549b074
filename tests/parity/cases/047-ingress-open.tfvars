agent_ingress_cidr_blocks = ["0.0.0.0/0"]
