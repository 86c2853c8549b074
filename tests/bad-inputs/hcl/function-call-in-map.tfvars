tags = {
  owner = upper("platform")
}
