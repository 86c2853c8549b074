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
      for s in var.subnets : try(
        tonumber(split("/", s)[1]) >= tonumber(split("/", var.network)[1]) &&
        cidrsubnet(format("%s/%s", split("/", s)[0], split("/", var.network)[1]), 0, 0) == cidrsubnet(var.network, 0, 0),
        false
      )
    ])
    error_message = "Every subnet lies inside the network ${var.network}."
  }
  validation {
    condition     = length(distinct(var.subnets)) == length(var.subnets)
    error_message = "Subnets are listed once each."
  }
}
