# Idiom: map-objects-optional-defaults (written for this corpus; see README.md)

variable "diagnostics" {
  type = map(object({
    name         = optional(string, null)
    log_groups   = optional(set(string), ["allLogs"])
    destination  = optional(string, "Dedicated")
    workspace_id = optional(string, null)
    storage_id   = optional(string, null)
  }))
  default  = {}
  nullable = false
  validation {
    condition     = alltrue([for _, d in var.diagnostics : contains(["Dedicated", "AzureDiagnostics"], d.destination)])
    error_message = "The destination is Dedicated or AzureDiagnostics."
  }
  validation {
    condition     = alltrue([for _, d in var.diagnostics : d.workspace_id != null || d.storage_id != null])
    error_message = "Each setting needs a workspace or a storage account."
  }
}
