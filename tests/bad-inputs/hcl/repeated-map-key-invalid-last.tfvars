tags = {
  owner = "platform"
  owner = "bad value!"
}
