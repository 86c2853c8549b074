project = "sockerless"
name = "demo