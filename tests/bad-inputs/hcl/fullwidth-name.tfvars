ｎａｍｅ = "demo"
