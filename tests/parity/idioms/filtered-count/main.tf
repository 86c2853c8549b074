# Idiom: filtered-count (written for this corpus; see README.md)

variable "users" {
  type = list(object({
    name            = string
    password        = string
    random_password = bool
  }))
  default = []
  validation {
    condition = length([
      for u in var.users : false
      if(u.random_password == false && (u.password == null || u.password == "")) || (u.random_password == true && (u.password != null && u.password != ""))
    ]) == 0
    error_message = "Give a password or ask for a random one, not both or neither."
  }
}
