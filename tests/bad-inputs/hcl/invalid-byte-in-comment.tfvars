# ÿþ
name = "demo"
