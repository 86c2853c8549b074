variable "port" {
  description = "A port, as a string."
  type        = string
  default     = "80"

  validation {
    condition     = tonumber(var.port) > 0
    error_message = "port must be positive."
  }
}
