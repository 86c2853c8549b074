# Idiom: nullable-number-guard (written for this corpus; see README.md)

variable "id_length" {
  type    = number
  default = null
  validation {
    condition     = var.id_length == null ? true : var.id_length >= 6 || var.id_length == 0
    error_message = "At least 6, or 0 for no limit."
  }
}

variable "lengths" {
  type    = list(number)
  default = []
  validation {
    condition     = length([for n in var.lengths : n if n == null]) == 0
    error_message = "No null in lengths."
  }
}
