# Idiom: any-inside-objects (written for this corpus; see README.md)

variable "addons" {
  type = map(object({
    version = optional(string)
    config  = optional(any)
  }))
  default = {}
}

variable "statements" {
  type = list(object({
    effect = string
    detail = any
  }))
  default = []
  validation {
    condition     = alltrue([for s in var.statements : contains(["Allow", "Deny"], s.effect)])
    error_message = "Effect is Allow or Deny."
  }
}
