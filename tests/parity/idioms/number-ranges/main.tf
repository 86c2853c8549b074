# Idiom: number-ranges (written for this corpus; see README.md)

variable "deletion_window" {
  type    = number
  default = null
  validation {
    condition     = var.deletion_window == null || try(var.deletion_window >= 7 && var.deletion_window <= 30, false)
    error_message = "Between 7 and 30 days, when given."
  }
}

variable "retention_days" {
  type    = number
  default = 90
  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 365, 0], var.retention_days)
    error_message = "Use a retention CloudWatch offers."
  }
}

variable "replicas" {
  type    = number
  default = 2
  validation {
    condition     = floor(var.replicas) == var.replicas && var.replicas > 0
    error_message = "A positive whole number of replicas."
  }
}
