# Rules that read other variables, declared before and after them.
variable "hsm" {
  type    = bool
  default = false
  validation {
    condition     = !var.hsm || var.sku == "premium"
    error_message = "An HSM needs the premium SKU."
  }
}

variable "sku" {
  type    = string
  default = "standard"
  validation {
    condition     = contains(["standard", "premium"], var.sku)
    error_message = "The SKU is standard or premium."
  }
}

variable "replicas" {
  type    = number
  default = 1
  validation {
    condition     = var.replicas >= 1
    error_message = "At least one replica."
  }
  validation {
    condition     = var.replicas <= 3 || var.hsm == false
    error_message = "At most three replicas with an HSM."
  }
}

variable "zone_count" {
  type    = number
  default = 1
  validation {
    condition     = var.zone_count >= 1 && var.zone_count <= 3
    error_message = "One to three zones."
  }
}

variable "label" {
  type    = string
  default = "x"
  validation {
    condition     = length(var.label) > 0
    error_message = "Label for ${var.zone_count} zones must not be empty."
  }
}
