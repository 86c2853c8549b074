# A name with a byte that is not UTF-8 (read as U+FFFD): Terraform refuses the
# module, and such a name could not be written into a tfvars file.
variable "flow_lo�gs_enabled" {
  type    = bool
  default = true
}
