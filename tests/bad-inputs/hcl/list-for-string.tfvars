name = ["demo"]
