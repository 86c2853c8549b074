# Idiom: feature-toggles (written for this corpus; see README.md)

variable "node_pool" {
  type = object({
    name                 = string
    vm_size              = string
    auto_scaling_enabled = optional(bool, false)
    type                 = optional(string, "VirtualMachineScaleSets")
    min_count            = optional(number)
    max_count            = optional(number)
  })
  nullable = false
  default  = { name = "default", vm_size = "small" }
  validation {
    condition     = !var.node_pool.auto_scaling_enabled || var.node_pool.type == "VirtualMachineScaleSets"
    error_message = "Autoscaling needs scale-set pools."
  }
}

variable "networking" {
  type = object({
    enabled       = optional(bool, false)
    observability = optional(bool, false)
    security      = optional(bool, false)
  })
  default = {}
  validation {
    condition     = (!var.networking.observability && !var.networking.security) || var.networking.enabled
    error_message = "Turn networking on to use its features."
  }
}
