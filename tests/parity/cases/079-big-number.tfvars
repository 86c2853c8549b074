agent_port = 1e400
