agent_ingress_cidr_blocks = ["10.1.0.0/16", "300.1.0.0/16"]
