# Idiom: string-functions (written for this corpus; see README.md)

variable "prefix" {
  type    = string
  default = "app"
  validation {
    condition     = trimspace(var.prefix) == var.prefix && length(var.prefix) > 0
    error_message = "No surrounding spaces, and not empty."
  }
  validation {
    condition     = replace(var.prefix, "/[^a-z0-9]/", "") == var.prefix
    error_message = "Only lower-case letters and digits."
  }
}

variable "path" {
  type    = string
  default = "/"
  validation {
    condition     = substr(var.path, 0, 1) == "/" && (var.path == "/" || substr(var.path, -1, 1) == "/")
    error_message = "A path starts and ends with a slash."
  }
  validation {
    condition     = !strcontains(var.path, "//")
    error_message = "No empty path segment."
  }
}

variable "image" {
  type    = string
  default = "nginx:1.27"
  validation {
    condition     = length(split(":", var.image)) == 2 && split(":", var.image)[1] != "latest"
    error_message = "Pin the image to a tag other than latest."
  }
}
