# Idiom: keys-and-permissions (written for this corpus; see README.md)

variable "sku" {
  type    = string
  default = "standard"
  validation {
    condition     = contains(["standard", "premium"], var.sku)
    error_message = "sku is standard or premium."
  }
}

variable "keys" {
  type = map(object({
    key_type = string
    key_opts = optional(list(string), ["sign", "verify"])
    key_size = optional(number)
  }))
  default  = {}
  nullable = false
  validation {
    condition     = alltrue([for k in var.keys : contains(["EC", "EC-HSM", "RSA", "RSA-HSM"], k.key_type)])
    error_message = "key_type is EC, EC-HSM, RSA or RSA-HSM."
  }
  validation {
    condition     = var.sku == "premium" || !anytrue([for k in var.keys : endswith(k.key_type, "-HSM")])
    error_message = "HSM keys need the premium sku."
  }
}

variable "policies" {
  type = map(object({
    object_id   = string
    permissions = optional(set(string), [])
  }))
  default = {}
  validation {
    condition     = alltrue([for p in var.policies : setintersection(["Get", "List", "Set", "Delete"], p.permissions) == p.permissions])
    error_message = "Permissions come from Get, List, Set and Delete."
  }
  validation {
    condition     = alltrue([for p in var.policies : length(p.permissions) > 0])
    error_message = "Give each policy a permission."
  }
}
