tags = {
  owner = "platform"
  owner = "security"
}
