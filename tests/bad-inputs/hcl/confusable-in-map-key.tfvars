tags = {
  owner = "a"
  οwner = "b"
}
