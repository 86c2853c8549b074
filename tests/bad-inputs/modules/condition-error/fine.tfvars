port = "8080"
