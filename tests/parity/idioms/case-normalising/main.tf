# Idiom: case-normalising (written for this corpus; see README.md)

variable "environment" {
  type    = string
  default = "prod"
  validation {
    condition     = var.environment == lower(var.environment)
    error_message = "Write the environment in lower case."
  }
  validation {
    condition     = contains(["dev", "stage", "prod"], lower(var.environment))
    error_message = "dev, stage or prod."
  }
}

variable "owner" {
  type    = string
  default = "team@example.com"
  validation {
    condition     = can(regex("^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$", var.owner))
    error_message = "The owner is an e-mail address."
  }
}
