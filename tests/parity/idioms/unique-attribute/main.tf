# Idiom: unique-attribute (written for this corpus; see README.md)

variable "service_configs" {
  type = list(object({
    producer = optional(string, "servicenetworking.googleapis.com")
    ranges   = map(string)
    policy   = optional(string, null)
  }))
  default  = []
  nullable = false
  validation {
    condition     = length(var.service_configs) == length(toset([for c in var.service_configs : c.producer]))
    error_message = "One configuration per producer."
  }
  validation {
    condition     = alltrue([for c in var.service_configs : c.policy == null || c.policy == "ABANDON"])
    error_message = "The only policy is ABANDON."
  }
}
