# Idiom: untyped-variables (written for this corpus; see README.md)

variable "memory" {
  default = 256
}

variable "command" {
  default = [""]
}

variable "environment" {
  default = [{}]
}

variable "options" {
  default = {}
  validation {
    condition     = length(var.options) <= 2
    error_message = "At most two options."
  }
}

variable "image" {
  description = "No type and no default: required, any value."
}
