name = "‮demo"
