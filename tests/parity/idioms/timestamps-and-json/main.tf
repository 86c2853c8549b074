# Idiom: timestamps-and-json (written for this corpus; see README.md)

variable "expires_at" {
  type    = string
  default = null
  validation {
    condition     = var.expires_at == null || can(regex("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})$", var.expires_at))
    error_message = "Give an RFC 3339 timestamp such as 2030-01-31T00:00:00Z."
  }
}

variable "policy" {
  type    = string
  default = "{}"
  validation {
    condition     = can(jsondecode(var.policy))
    error_message = "The policy is a JSON document."
  }
  validation {
    condition     = try(jsondecode(var.policy).Version, "2012-10-17") == "2012-10-17"
    error_message = "Use policy language version 2012-10-17."
  }
}

variable "window" {
  type    = string
  default = "1h"
  validation {
    condition     = can(regex("^([0-9]+h)?([0-9]+m)?$", var.window)) && var.window != ""
    error_message = "A duration such as 30m or 1h."
  }
}
