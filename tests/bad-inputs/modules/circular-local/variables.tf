variable "size" {
  description = "A size."
  type        = number
  default     = 1
}

locals {
  a = local.b + var.size
  b = local.a
}

resource "terraform_data" "checks" {
  lifecycle {
    precondition {
      condition     = local.a > 0
      error_message = "a must be positive."
    }
  }
}
