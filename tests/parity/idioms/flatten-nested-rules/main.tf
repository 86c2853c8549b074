# Idiom: flatten-nested-rules (written for this corpus; see README.md)

variable "groups" {
  type = map(object({
    rules = list(object({
      port     = number
      protocol = optional(string, "tcp")
    }))
  }))
  default = {}
  validation {
    condition     = alltrue(flatten([for g in var.groups : [for r in g.rules : r.port >= 0 && r.port <= 65535]]))
    error_message = "Ports are 0 to 65535."
  }
  validation {
    condition     = alltrue(flatten([for g in var.groups : [for r in g.rules : contains(["tcp", "udp", "icmp"], lower(r.protocol))]]))
    error_message = "Protocol is tcp, udp or icmp."
  }
}
