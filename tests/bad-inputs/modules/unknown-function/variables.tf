variable "name" {
  description = "A name."
  type        = string
  default     = "demo"

  validation {
    condition     = frobnicate(var.name)
    error_message = "name must frobnicate."
  }
}
