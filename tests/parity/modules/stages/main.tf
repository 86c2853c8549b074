# Terraform's stages: unreadable values, then missing required variables,
# then conversion and validation.
variable "name" {
  type = string
}

variable "size" {
  type    = number
  default = 1
  validation {
    condition     = var.size > 0
    error_message = "The size is positive."
  }
}

variable "kind" {
  type    = string
  default = "a"
}

variable "owner" {
  type     = string
  nullable = false
}
