# Idiom: optional-without-default-collections (written for this corpus; see README.md)

variable "node_pools" {
  type = map(object({
    machine = string
    min     = optional(number)
    max     = optional(number)
    labels  = optional(map(string))
    taints  = optional(list(object({ key = string, effect = optional(string) })))
  }))
  default = { default = { machine = "e2-medium" } }
  validation {
    condition     = alltrue([for p in var.node_pools : p.min == null || p.max == null || try(p.min <= p.max, false)])
    error_message = "min is at most max."
  }
  validation {
    condition = alltrue(flatten([
      for p in var.node_pools : [for t in coalesce(p.taints, []) : t.effect == null || contains(["NoSchedule", "NoExecute"], coalesce(t.effect, "NoSchedule"))]
    ]))
    error_message = "A taint effect is NoSchedule or NoExecute."
  }
}
