name = { nested = [1, true, "x"] }
