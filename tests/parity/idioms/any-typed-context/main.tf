# Idiom: any-typed-context (written for this corpus; see README.md)

variable "context" {
  type = any
  default = {
    enabled    = true
    key_case   = null
    id_lengths = []
  }
  validation {
    condition     = lookup(var.context, "key_case", null) == null ? true : contains(["lower", "title", "upper"], var.context["key_case"])
    error_message = "key_case is lower, title or upper."
  }
  validation {
    condition     = length([for i in lookup(var.context, "id_lengths", []) : i if i == null]) == 0
    error_message = "No null among id_lengths."
  }
}
