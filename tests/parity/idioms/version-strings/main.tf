# Idiom: version-strings (written for this corpus; see README.md)

variable "database_version" {
  type    = string
  default = "POSTGRES_15"
  validation {
    condition = (
      (length(var.database_version) >= 9 && upper(substr(var.database_version, 0, 9)) == "POSTGRES_" && can(regex("^\\d+(?:_?\\d)*$", substr(var.database_version, 9, -1))))
      || can(regex("^\\d+(?:_?\\d)*$", var.database_version))
    )
    error_message = "Use a version such as 9_6, postgres_9_6 or POSTGRES_14."
  }
}

variable "kubernetes_version" {
  type    = string
  default = null
  validation {
    condition     = var.kubernetes_version == null || can(regex("^[0-9]+\\.[0-9]+$", var.kubernetes_version))
    error_message = "Give major.minor, such as 1.30."
  }
}
