tags = {
  team = "Café"
}
