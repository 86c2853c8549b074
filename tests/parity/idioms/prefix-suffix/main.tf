# Idiom: prefix-suffix (written for this corpus; see README.md)

variable "role_arn" {
  type    = string
  default = null
  validation {
    condition     = var.role_arn == null ? true : startswith(var.role_arn, "arn:aws:iam::")
    error_message = "The role is an IAM ARN (arn:aws:iam::...)."
  }
}

variable "bucket" {
  type    = string
  default = "logs-bucket"
  validation {
    condition     = !startswith(var.bucket, "xn--") && !endswith(var.bucket, "-s3alias")
    error_message = "The bucket name uses a reserved prefix or suffix."
  }
}

variable "domain" {
  type    = string
  default = "example.com"
  validation {
    condition     = !endswith(var.domain, ".")
    error_message = "Leave out the trailing dot of ${var.domain}."
  }
}
