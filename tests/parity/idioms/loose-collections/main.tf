# Idiom: loose-collections (written for this corpus; see README.md)

variable "cors" {
  type    = set(any)
  default = []
  validation {
    condition     = length(var.cors) <= 2
    error_message = "At most two CORS rules."
  }
}

variable "versioning" {
  type    = map(bool)
  default = {}
}

variable "website" {
  type    = map(any)
  default = {}
  validation {
    condition     = length(setsubtract(keys(var.website), ["main_page_suffix", "not_found_page"])) == 0
    error_message = "Only main_page_suffix and not_found_page."
  }
}
