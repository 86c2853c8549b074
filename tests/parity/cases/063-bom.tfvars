name = "bom"
