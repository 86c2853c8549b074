name = "sg-cluster"
