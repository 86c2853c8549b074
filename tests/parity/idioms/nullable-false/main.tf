# Idiom: nullable-false (written for this corpus; see README.md)

variable "location" {
  type     = string
  nullable = false
}

variable "tags" {
  type     = map(string)
  default  = {}
  nullable = false
  validation {
    condition     = length(var.tags) <= 3
    error_message = "At most three tags."
  }
}

variable "note" {
  type    = string
  default = "n"
}
