# Idiom: templated-messages (written for this corpus; see README.md)

variable "env" {
  type    = string
  default = "dev"
  validation {
    condition     = contains(["dev", "test", "prod"], var.env)
    error_message = "The environment \"${var.env}\" is not one of dev, test, prod."
  }
}

variable "ports" {
  type    = list(number)
  default = [80]
  validation {
    condition     = alltrue([for p in var.ports : p > 0 && p < 65536])
    error_message = "Ports out of range: ${join(", ", [for p in var.ports : tostring(p) if p <= 0 || p >= 65536])}."
  }
}

variable "names" {
  type    = map(string)
  default = {}
  validation {
    condition     = length(var.names) < 3
    error_message = "Too many names: ${jsonencode(keys(var.names))}."
  }
}

variable "zones" {
  type    = list(string)
  default = []
  validation {
    condition     = alltrue([for z in var.zones : can(regex("^[a-z]+-[a-z]+-[0-9][a-z]$", z))])
    error_message = "Not zone names: ${join(", ", [for z in var.zones : "'${z}'" if !can(regex("^[a-z]+-[a-z]+-[0-9][a-z]$", z))])}."
  }
}
