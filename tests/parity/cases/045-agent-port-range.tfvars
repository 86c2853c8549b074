agent_port = 70000
