variable "name" {
  description = "A name, of any type: no type constraint."
  default     = "demo"
}
