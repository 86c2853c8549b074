tags = {
  Owner = "platform"
  owner = "security"
}
