name = "demo"
