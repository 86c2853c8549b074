# Idiom: sums-and-weights (written for this corpus; see README.md)

variable "weights" {
  type    = map(number)
  default = { blue = 100 }
  validation {
    condition     = sum(values(var.weights)) == 100
    error_message = "Weights add up to 100, not ${sum(values(var.weights))}."
  }
  validation {
    condition     = min(values(var.weights)...) >= 0
    error_message = "No negative weight."
  }
}
