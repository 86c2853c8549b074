name = "demo"
project = "sockerless"
name = "other"
