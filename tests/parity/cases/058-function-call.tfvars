name = lower("X")
