# Idiom: guid-and-ids (written for this corpus; see README.md)

variable "tenant" {
  type    = string
  default = "00000000-0000-0000-0000-000000000000"
  validation {
    condition     = can(regex("^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$", var.tenant))
    error_message = "The tenant is a GUID in lower case."
  }
}

variable "group_id" {
  type    = string
  default = "/subscriptions/s1/resourceGroups/rg1"
  validation {
    condition     = can(regex("^/subscriptions/[^/]+/resourceGroups/[^/]+$", var.group_id))
    error_message = "Give the full ID of a resource group."
  }
}
