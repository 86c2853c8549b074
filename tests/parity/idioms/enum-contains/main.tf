# Idiom: enum-contains (written for this corpus; see README.md)

variable "tier" {
  type    = string
  default = "basic"
  validation {
    condition     = contains(["basic", "standard", "premium"], var.tier)
    error_message = "Pick basic, standard or premium for tier."
  }
}

variable "mode" {
  type    = string
  default = "Auto"
  validation {
    condition     = var.mode == "Auto" || var.mode == "Manual"
    error_message = "The mode is Auto or Manual (case matters)."
  }
}
