name = "a\u0041"
