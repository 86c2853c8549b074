# Idiom: optional-list-of-objects-defaults (written for this corpus; see README.md)

variable "listeners" {
  type = map(object({
    port     = number
    protocol = optional(string, "HTTPS")
    rules = optional(list(object({
      path     = string
      priority = optional(number, 100)
      methods  = optional(set(string), ["GET"])
    })), [])
  }))
  default = {}
  validation {
    condition     = alltrue([for l in var.listeners : contains(["HTTP", "HTTPS"], l.protocol)])
    error_message = "HTTP or HTTPS."
  }
  validation {
    condition = alltrue(flatten([
      for l in var.listeners : [for r in l.rules : r.priority >= 1 && r.priority <= 50000]
    ]))
    error_message = "Rule priorities are 1 to 50000."
  }
  validation {
    condition = alltrue(flatten([
      for l in var.listeners : [for r in l.rules : length(setsubtract(r.methods, ["GET", "POST", "PUT", "DELETE"])) == 0]
    ]))
    error_message = "Methods are GET, POST, PUT or DELETE."
  }
}
