# Idiom: cross-variable-rules (written for this corpus; see README.md)

variable "create" {
  type    = bool
  default = true
}

variable "existing_id" {
  type    = string
  default = null
  validation {
    condition     = var.create || var.existing_id != null
    error_message = "Give existing_id when create is false."
  }
}

variable "address_space" {
  type    = set(string)
  default = ["10.0.0.0/16"]
  validation {
    condition     = (var.address_space != null && var.pool_id == null) || (var.address_space == null && var.pool_id != null)
    error_message = "Either an address space or a pool, not both."
  }
}

variable "pool_id" {
  type    = string
  default = null
}
