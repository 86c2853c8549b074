# Idiom: misused-functions (written for this corpus; see README.md)

variable "extended_location" {
  type = object({
    name = string
    type = string
  })
  default = null
  validation {
    condition     = var.extended_location != null ? contains("EdgeZone", var.extended_location.type) : true
    error_message = "The extended location type is EdgeZone."
  }
}

variable "records" {
  type = map(object({
    values = optional(list(string))
  }))
  default = {}
  validation {
    condition     = alltrue([for k, v in var.records : !isnull(v.values) && length(v.values) > 0])
    error_message = "Each record needs values."
  }
}

variable "optional_role" {
  type    = string
  default = "reader"
  validation {
    condition     = var.optional_role == null || contains(["reader", "writer"], var.optional_role)
    error_message = "reader or writer, when given."
  }
}
