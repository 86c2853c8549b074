# Idiom: tuple-and-nested-lists (written for this corpus; see README.md)

variable "matrix" {
  type    = list(list(number))
  default = [[1, 2], [3]]
  validation {
    condition     = alltrue([for row in var.matrix : length(row) > 0])
    error_message = "No empty row."
  }
}

variable "any_list" {
  type    = list(any)
  default = []
}

variable "any_map" {
  type    = map(any)
  default = {}
}
