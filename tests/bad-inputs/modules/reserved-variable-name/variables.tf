# "source" means something inside a module block: Terraform refuses it as a
# variable name.
variable "source" {
  type    = string
  default = "x"
}
