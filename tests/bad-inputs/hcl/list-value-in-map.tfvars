tags = {
  owner = ["platform"]
}
