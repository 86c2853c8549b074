variable "name" {
  default = "demo"
}
