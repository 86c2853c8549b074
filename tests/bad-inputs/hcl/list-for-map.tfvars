tags = ["owner"]
