# Idiom: undeclared-and-stages (written for this corpus; see README.md)

variable "region" {
  type = string
}

variable "replicas" {
  type    = number
  default = 1
  validation {
    condition     = var.replicas > 0
    error_message = "At least one replica."
  }
}
