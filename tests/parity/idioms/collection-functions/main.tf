# Idiom: collection-functions (written for this corpus; see README.md)

variable "subnet_ids" {
  type    = list(string)
  default = ["subnet-1", "subnet-2"]
  validation {
    condition     = length(var.subnet_ids) >= 2 && alltrue([for id in var.subnet_ids : startswith(id, "subnet-")])
    error_message = "Two or more subnet IDs (subnet-...)."
  }
}

variable "extra_tags" {
  type    = map(string)
  default = {}
  validation {
    condition     = length(setintersection(keys(var.extra_tags), ["Name", "Owner"])) == 0
    error_message = "Name and Owner are set by the module."
  }
  validation {
    condition     = length(merge(var.extra_tags, { Name = "x" })) <= 10
    error_message = "At most nine extra tags."
  }
}

variable "ports" {
  type    = list(number)
  default = []
  validation {
    condition     = length(var.ports) == 0 || (index(concat(var.ports, [443]), 443) >= 0 && !contains(var.ports, 22))
    error_message = "Port 22 is not allowed."
  }
}
