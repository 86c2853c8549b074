tags = {
  critical = true
}
