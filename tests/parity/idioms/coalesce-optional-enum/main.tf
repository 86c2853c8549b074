# Idiom: coalesce-optional-enum (written for this corpus; see README.md)

variable "rpo" {
  type    = string
  default = null
  validation {
    condition     = var.rpo == null || contains(["ASYNC_TURBO", "DEFAULT"], coalesce(var.rpo, "none"))
    error_message = "rpo is ASYNC_TURBO or DEFAULT."
  }
}

variable "prefix" {
  type    = string
  default = null
  validation {
    condition     = var.prefix != ""
    error_message = "Use null rather than an empty prefix."
  }
}
