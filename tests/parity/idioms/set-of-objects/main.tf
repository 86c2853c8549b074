# Idiom: set-of-objects (written for this corpus; see README.md)

variable "members" {
  type = set(object({
    principal = string
    role      = string
  }))
  default = []
  validation {
    condition     = alltrue([for m in var.members : can(regex("^(user|group|serviceAccount):", m.principal))])
    error_message = "A principal starts with user:, group: or serviceAccount:."
  }
  validation {
    condition     = length(var.members) <= 3
    error_message = "At most three members."
  }
}
