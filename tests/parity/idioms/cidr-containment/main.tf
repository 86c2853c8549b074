# Idiom: cidr-containment (written for this corpus; see README.md)

variable "network" {
  type    = string
  default = "10.1.0.0/16"
}

variable "subnets" {
  type    = list(string)
  default = ["10.1.0.0/24", "10.1.1.0/24"]
  validation {
    condition = alltrue([
      for s in var.subnets : can(cidrhost(s, 0)) && cidrhost(var.network, 0) == cidrhost(cidrsubnet(s, 0, 0), 0) || (
        can(cidrhost(s, 0)) && tonumber(split("/", s)[1]) >= tonumber(split("/", var.network)[1]) &&
        cidrsubnet(format("%s/%s", split("/", s)[0], split("/", var.network)[1]), 0, 0) == cidrsubnet(var.network, 0, 0)
      )
    ])
    error_message = "Every subnet lies inside the network ${var.network}."
  }
  validation {
    condition     = length(distinct(var.subnets)) == length(var.subnets)
    error_message = "Subnets are listed once each."
  }
}
