namé = "demo"
