# Idiom: object-attribute-rules (written for this corpus; see README.md)

variable "scaling" {
  type = object({
    min     = number
    max     = number
    desired = optional(number)
  })
  default = { min = 1, max = 2 }
  validation {
    condition     = var.scaling.min <= var.scaling.max
    error_message = "min (${var.scaling.min}) is more than max (${var.scaling.max})."
  }
  validation {
    condition     = var.scaling.desired == null ? true : var.scaling.desired >= var.scaling.min && var.scaling.desired <= var.scaling.max
    error_message = "desired lies between min and max."
  }

}

variable "limits" {
  type = object({
    low  = number
    high = optional(number)
  })
  default = { low = 0, high = 1 }
  validation {
    condition     = var.limits.low >= 0
    error_message = "low is ${var.limits.low} (high ${var.limits.high}); it may not be negative."
  }
}

variable "health_check" {
  type = object({
    path     = optional(string, "/")
    interval = optional(number, 30)
    timeout  = optional(number, 5)
  })
  default  = {}
  nullable = false
  validation {
    condition     = var.health_check.timeout < var.health_check.interval
    error_message = "The timeout is shorter than the interval."
  }
  validation {
    condition     = var.health_check.path == null || startswith(coalesce(var.health_check.path, "/"), "/")
    error_message = "The path ${var.health_check.path} starts with a slash."
  }
}
