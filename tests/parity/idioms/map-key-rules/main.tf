# Idiom: map-key-rules (written for this corpus; see README.md)

variable "tags_per_zone" {
  type    = map(map(string))
  default = {}
  validation {
    condition     = alltrue([for z in keys(var.tags_per_zone) : can(regex("^[a-z]{2}-[a-z]+-[0-9][a-z]$", z))])
    error_message = "Keys are zone names such as eu-west-1a."
  }
}

variable "timeouts" {
  type    = map(string)
  default = {}
  validation {
    condition     = !contains([for t in keys(var.timeouts) : contains(["create", "update", "delete"], t)], false)
    error_message = "Only create, update and delete timeouts."
  }
  validation {
    condition     = alltrue([for v in values(var.timeouts) : can(regex("^[0-9]+(s|m|h)$", v))])
    error_message = "A timeout is a number and a unit (s, m, h)."
  }
}
