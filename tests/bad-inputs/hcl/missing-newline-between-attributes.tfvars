name = "demo" project = "sockerless"
