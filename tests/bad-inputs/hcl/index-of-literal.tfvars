name = ["demo", "other"][0]
