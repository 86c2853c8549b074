name "demo"
