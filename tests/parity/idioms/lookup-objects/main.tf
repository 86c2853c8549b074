# Idiom: lookup-objects (written for this corpus; see README.md)

variable "sizes" {
  type = map(object({
    cpu    = number
    memory = number
  }))
  default = {
    small = { cpu = 256, memory = 512 }
    large = { cpu = 1024, memory = 2048 }
  }
}

variable "size" {
  type    = string
  default = "small"
  validation {
    condition     = contains(keys(var.sizes), var.size)
    error_message = "Pick one of the declared sizes."
  }
  validation {
    condition     = lookup(var.sizes, var.size, { cpu = 0, memory = 0 }).memory >= 2 * lookup(var.sizes, var.size, { cpu = 0, memory = 0 }).cpu
    error_message = "Memory must be at least twice the CPU units."
  }
}
