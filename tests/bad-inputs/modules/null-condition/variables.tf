variable "name" {
  description = "A name."
  type        = string
  default     = null

  validation {
    condition     = var.name == null ? null : length(var.name) > 1
    error_message = "name is too short."
  }
}
