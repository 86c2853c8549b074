# Syntax errors inside one variable's definition.
variable "name" {
  type    = string
  default = "x"
}

variable "tags" {
  type    = map(string)
  default = {}
}
