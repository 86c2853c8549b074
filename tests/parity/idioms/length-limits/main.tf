# Idiom: length-limits (written for this corpus; see README.md)

variable "gateway_ids" {
  type    = list(string)
  default = []
  validation {
    condition     = length(var.gateway_ids) < 2
    error_message = "Give at most one gateway ID."
  }
}

variable "cluster" {
  type    = string
  default = "main"
  validation {
    condition     = length(var.cluster) >= 1 && length(var.cluster) <= 40
    error_message = "The cluster name has 1 to 40 characters, not ${length(var.cluster)}."
  }
}

variable "zones" {
  type    = set(string)
  default = ["a"]
  validation {
    condition     = length(var.zones) > 0
    error_message = "Name at least one zone."
  }
}
