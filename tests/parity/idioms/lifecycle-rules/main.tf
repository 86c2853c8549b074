# Idiom: lifecycle-rules (written for this corpus; see README.md)

variable "lifecycle_rules" {
  type = map(object({
    action = object({
      type          = string
      storage_class = optional(string)
    })
    condition = object({
      age            = optional(number)
      matches_prefix = optional(list(string))
      with_state     = optional(string)
    })
  }))
  default  = {}
  nullable = false
  validation {
    condition     = alltrue([for k, v in var.lifecycle_rules : v.action != null && v.condition != null])
    error_message = "A rule needs an action and a condition."
  }
  validation {
    condition     = alltrue([for k, v in var.lifecycle_rules : contains(["Delete", "SetStorageClass"], v.action.type)])
    error_message = "The action is Delete or SetStorageClass."
  }
  validation {
    condition     = alltrue([for k, v in var.lifecycle_rules : v.action.type != "SetStorageClass" || v.action.storage_class != null])
    error_message = "SetStorageClass needs a storage class."
  }
}
