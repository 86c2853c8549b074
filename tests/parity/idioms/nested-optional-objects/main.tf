# Idiom: nested-optional-objects (written for this corpus; see README.md)

variable "routes" {
  type = map(object({
    description         = optional(string, "managed")
    priority            = optional(number)
    next_hop_ip         = optional(string)
    use_default_routing = optional(bool, false)
    filter = optional(object({
      protocol = optional(string)
      dest     = optional(string)
    }), {})
    target = optional(object({
      tags       = optional(list(string))
      attachment = optional(string)
    }), {})
  }))
  default  = {}
  nullable = false
  validation {
    condition = alltrue([
      for r in var.routes : contains(["TCP", "UDP", "ALL"], r.filter.protocol)
      if r.filter.protocol != null
    ])
    error_message = "The filter protocol is TCP, UDP or ALL."
  }
  validation {
    condition = alltrue([
      for r in var.routes : ((r.use_default_routing == true ? 1 : 0) + (r.next_hop_ip != null ? 1 : 0)) == 1
    ])
    error_message = "Use default routing or give a next hop, not both or neither."
  }
  validation {
    condition     = alltrue([for r in var.routes : r.target.tags == null || r.target.attachment == null])
    error_message = "Target tags or an attachment, not both."
  }
}
