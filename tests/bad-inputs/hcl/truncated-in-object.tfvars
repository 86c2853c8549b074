tags = {
  owner = "platform"
