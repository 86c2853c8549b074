nаme = "demo"
