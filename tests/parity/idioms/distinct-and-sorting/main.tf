# Idiom: distinct-and-sorting (written for this corpus; see README.md)

variable "azs" {
  type    = list(string)
  default = ["a", "b"]
  validation {
    condition     = length(distinct(var.azs)) == length(var.azs)
    error_message = "No zone twice."
  }
  validation {
    condition     = join(",", sort(var.azs)) == join(",", var.azs)
    error_message = "List the zones in order."
  }
}

variable "priorities" {
  type    = list(number)
  default = [100, 200]
  validation {
    condition     = length(var.priorities) == 0 || max(var.priorities...) <= 1000
    error_message = "Priorities go up to 1000."
  }
}
