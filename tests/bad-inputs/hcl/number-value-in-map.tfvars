tags = {
  cost_centre = 42
}
