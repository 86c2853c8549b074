name = "${"demo"}"
