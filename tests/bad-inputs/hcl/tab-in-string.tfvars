name = "de	mo"
