name = "demo"
}
