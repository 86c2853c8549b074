# Idiom: unicode-and-escapes (written for this corpus; see README.md)

variable "display_name" {
  type    = string
  default = "Café"
  validation {
    condition     = length(var.display_name) <= 8
    error_message = "At most 8 characters; ${var.display_name} has ${length(var.display_name)}."
  }
}

variable "separator" {
  type    = string
  default = "-"
  validation {
    condition     = contains(["-", "_", ".", ""], var.separator)
    error_message = "A separator is one of - _ . or nothing."
  }
}
