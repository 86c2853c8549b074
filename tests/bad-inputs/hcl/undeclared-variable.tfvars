nmae = "demo"
