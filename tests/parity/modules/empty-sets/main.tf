# Equality of empty sets of the same element type.
variable "days" {
  type    = list(string)
  default = []
  validation {
    condition     = setintersection(["MONDAY"], ["TUESDAY"]) == toset(var.days)
    error_message = "No day is shared, so days must be empty."
  }
}

variable "tags" {
  type    = set(string)
  default = []
  validation {
    condition     = var.tags == setsubtract(["a"], ["a"]) || length(var.tags) > 1
    error_message = "Either no tags or at least two."
  }
}

variable "pairs" {
  type    = map(string)
  default = {}
  validation {
    condition     = toset(keys(var.pairs)) == setsubtract(["a"], ["a"]) || contains(keys(var.pairs), "a")
    error_message = "A non-empty map has the key a."
  }
}
