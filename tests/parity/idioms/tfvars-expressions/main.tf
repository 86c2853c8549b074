# Idiom: tfvars-expressions (written for this corpus; see README.md)

variable "name" {
  type    = string
  default = "app"
  validation {
    condition     = length(var.name) <= 8
    error_message = "At most 8 characters."
  }
}

variable "sizes" {
  type    = list(number)
  default = [1]
}

variable "settings" {
  type    = map(string)
  default = {}
}
