tags = {
  "aws:owner" = "x"
}
