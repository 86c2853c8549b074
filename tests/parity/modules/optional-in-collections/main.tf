# optional(T) without a default inside collections of objects, in given values
# and in the module's own defaults.
variable "pools" {
  type = map(object({
    name = string
    size = optional(number)
  }))
  default = { first = { name = "x" } }
}

variable "rules" {
  type = list(object({
    port  = number
    proto = optional(string)
    cidrs = optional(list(string))
  }))
  default = [{ port = 443 }]
}

variable "members" {
  type = set(object({
    id   = string
    role = optional(string)
  }))
  default = []
  validation {
    condition     = alltrue([for m in var.members : m.role == null || contains(["reader", "writer"], m.role)])
    error_message = "A member's role is reader or writer when set."
  }
}

variable "nested" {
  type = map(list(object({
    key   = string
    extra = optional(object({ note = optional(string) }))
  })))
  default = {}
}
