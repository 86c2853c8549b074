# Idiom: name-regex-rules (written for this corpus; see README.md)

variable "vault_name" {
  type    = string
  default = "vault-one"
  validation {
    condition     = can(regex("^[a-zA-Z0-9-]{3,24}$", var.vault_name))
    error_message = "Use 3 to 24 letters, digits or dashes."
  }
  validation {
    condition     = !can(regex("--", var.vault_name))
    error_message = "No two dashes in a row."
  }
  validation {
    condition     = can(regex("^[a-zA-Z]", var.vault_name))
    error_message = "Start with a letter."
  }
  validation {
    condition     = can(regex("[a-zA-Z0-9]$", var.vault_name))
    error_message = "End with a letter or a digit."
  }
}
