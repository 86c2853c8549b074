tags = {
  owner = null
}
