tags = { for k in ["a", "b"] : k => "v" }
