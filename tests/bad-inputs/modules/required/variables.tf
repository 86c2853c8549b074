variable "region" {
  description = "The AWS region."
  type        = string
  nullable    = false
}

variable "vpc_id" {
  description = "The VPC to deploy into."
  type        = string
}

variable "optional_note" {
  description = "A note."
  type        = string
  default     = ""
}
