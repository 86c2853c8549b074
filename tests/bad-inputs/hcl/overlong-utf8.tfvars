name = "À¯demo"
