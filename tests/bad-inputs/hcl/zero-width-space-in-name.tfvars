na​me = "demo"
