tags = {
  team = "a|b"
}
