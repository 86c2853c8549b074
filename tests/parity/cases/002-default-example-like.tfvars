name        = "sockerless"
environment = "prod"
tags = {
  Owner = "platform"
}
