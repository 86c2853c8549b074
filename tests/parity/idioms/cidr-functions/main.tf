# Idiom: cidr-functions (written for this corpus; see README.md)

variable "network_cidr" {
  type    = string
  default = "10.0.0.0/16"
  validation {
    condition     = can(cidrhost(var.network_cidr, 0))
    error_message = "The network CIDR must be a valid IPv4 CIDR block."
  }
  validation {
    condition     = can(cidrhost(var.network_cidr, 0)) && try(cidrsubnet(var.network_cidr, 0, 0) == var.network_cidr, false)
    error_message = "The network CIDR must not have host bits set."
  }
}

variable "allowed" {
  type    = list(string)
  default = []
  validation {
    condition     = alltrue([for c in var.allowed : can(cidrnetmask(c))])
    error_message = "Each allowed range is an IPv4 CIDR."
  }
}

variable "service_cidr" {
  type    = string
  default = null
  validation {
    condition     = var.service_cidr == null || try(tonumber(split("/", var.service_cidr)[1]) <= 24, false)
    error_message = "The service range is /24 or larger."
  }
}
