name = "Sockerless"
