name = "demo"
/* the rest is