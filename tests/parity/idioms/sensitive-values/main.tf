# Idiom: sensitive-values (written for this corpus; see README.md)

variable "admin_password" {
  type      = string
  sensitive = true
  default   = "long-enough-secret"
  validation {
    condition     = length(var.admin_password) >= 8
    error_message = "The password needs 8 characters or more."
  }
}

variable "api_token" {
  type      = string
  sensitive = true
  default   = "tok_abc"
  validation {
    condition     = startswith(var.api_token, "tok_")
    error_message = "The token ${var.api_token} does not start with tok_."
  }
}
