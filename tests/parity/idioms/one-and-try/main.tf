# Idiom: one-and-try (written for this corpus; see README.md)

variable "interfaces" {
  type = list(object({
    name    = string
    primary = optional(bool, false)
  }))
  default = [{ name = "eth0", primary = true }]
  validation {
    condition     = can(one([for i in var.interfaces : i if i.primary]))
    error_message = "At most one primary interface."
  }
  validation {
    condition     = try(one([for i in var.interfaces : i.name if i.primary]), null) != null
    error_message = "Mark exactly one interface primary."
  }
}

variable "settings" {
  type    = any
  default = {}
  validation {
    condition     = try(var.settings.network.mtu, 1500) >= 1280
    error_message = "An MTU is at least 1280."
  }
}
