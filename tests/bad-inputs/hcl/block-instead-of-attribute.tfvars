tags {
  owner = "platform"
}
