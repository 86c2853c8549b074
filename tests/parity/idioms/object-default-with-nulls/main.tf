# Idiom: object-default-with-nulls (written for this corpus; see README.md)

variable "backup" {
  type = object({
    enabled          = bool
    start_time       = string
    retained_backups = number
  })
  default = {
    enabled          = false
    start_time       = null
    retained_backups = null
  }
  validation {
    condition     = !var.backup.enabled || var.backup.start_time != null
    error_message = "Give a start time when backups are on."
  }
}
