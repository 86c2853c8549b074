# Idiom: object-or-null (written for this corpus; see README.md)

variable "lock" {
  type = object({
    kind = string
    name = optional(string, null)
  })
  default = null
  validation {
    condition     = var.lock != null ? contains(["CanNotDelete", "ReadOnly"], var.lock.kind) : true
    error_message = "A lock is CanNotDelete or ReadOnly."
  }
}

variable "encryption" {
  type = object({
    enabled     = bool
    enforcement = string
  })
  default = null
  validation {
    condition     = var.encryption == null ? true : contains(["AllowUnencrypted", "DropUnencrypted"], var.encryption.enforcement)
    error_message = "Enforcement is AllowUnencrypted or DropUnencrypted."
  }
}
