name = { value = "demo" }
