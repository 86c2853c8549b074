# Idiom: regexall-counts (written for this corpus; see README.md)

variable "password" {
  type      = string
  default   = "Aa1!aaaaaaaa"
  sensitive = true
  validation {
    condition     = length(var.password) >= 12
    error_message = "At least 12 characters."
  }
  validation {
    condition = (
      length(regexall("[A-Z]", var.password)) > 0 &&
      length(regexall("[a-z]", var.password)) > 0 &&
      length(regexall("[0-9]", var.password)) > 0
    )
    error_message = "Mix upper case, lower case and digits."
  }
}

variable "labels" {
  type    = list(string)
  default = []
  validation {
    condition     = alltrue([for l in var.labels : length(regexall("^[a-z][a-z0-9_-]{0,62}$", l)) == 1])
    error_message = "Each label starts with a lower-case letter and has at most 63 characters."
  }
}
