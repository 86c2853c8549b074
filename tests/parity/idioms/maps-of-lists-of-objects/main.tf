# Idiom: maps-of-lists-of-objects (written for this corpus; see README.md)

variable "secondary_ranges" {
  type    = map(list(object({ range_name = string, ip_cidr_range = string })))
  default = {}
  validation {
    condition     = alltrue(flatten([for subnet, ranges in var.secondary_ranges : [for r in ranges : can(cidrnetmask(r.ip_cidr_range))]]))
    error_message = "Each secondary range is an IPv4 CIDR."
  }
}

variable "sinks" {
  type = map(object({
    destination = string
    type        = string
  }))
  default = null
  validation {
    condition     = alltrue([for k, v in(var.sinks == null ? {} : var.sinks) : contains(["bigquery", "logging", "pubsub", "storage"], v.type)])
    error_message = "A sink type is bigquery, logging, pubsub or storage."
  }
}
