name = "demo
project = "sockerless"
