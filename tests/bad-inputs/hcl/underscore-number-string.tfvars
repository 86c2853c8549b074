agent_port = "9_111"
