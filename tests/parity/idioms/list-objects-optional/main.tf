# Idiom: list-objects-optional (written for this corpus; see README.md)

variable "pools" {
  type = list(object({
    id            = string
    addresses     = optional(string)
    prefix_length = optional(number)
  }))
  default = null
  validation {
    condition = var.ipam_pools_ok == null || alltrue([
      for p in var.pools != null ? var.pools : [] : p.prefix_length != null ? (p.prefix_length >= 2 && p.prefix_length <= 29) || (p.prefix_length >= 48 && p.prefix_length <= 64) : true
    ])
    error_message = "A prefix length is 2-29 (IPv4) or 48-64 (IPv6)."
  }
  validation {
    condition     = alltrue([for p in var.pools != null ? var.pools : [] : p.addresses != null || p.prefix_length != null])
    error_message = "Each pool needs addresses or a prefix length."
  }
  validation {
    condition     = var.pools == null || (length(coalesce(var.pools, [])) >= 1 && length(coalesce(var.pools, [])) <= 2)
    error_message = "One or two pools."
  }
}

variable "ipam_pools_ok" {
  type    = bool
  default = true
}
