name = "demo"
project = "sockerless"
