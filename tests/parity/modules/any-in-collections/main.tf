# `any` inside collections of objects: the elements must unify.
variable "by_name" {
  type    = map(object({ fields = any }))
  default = {}
}

variable "in_order" {
  type = list(object({
    fields = any
    note   = optional(string)
  }))
  default = []
}

variable "unordered" {
  type    = set(object({ fields = any }))
  default = []
}

variable "loose" {
  type    = map(any)
  default = {}
}
