# Idiom: type-conversions (written for this corpus; see README.md)

variable "count_of" {
  type    = number
  default = 1
}

variable "enabled" {
  type    = bool
  default = true
}

variable "names" {
  type    = list(string)
  default = []
}

variable "pair" {
  type    = tuple([string, number])
  default = ["a", 1]
}

variable "limits" {
  type    = map(number)
  default = {}
}
