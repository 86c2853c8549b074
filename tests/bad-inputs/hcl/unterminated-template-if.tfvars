name = "%{ if true }demo"
