name = lower("DEMO")
