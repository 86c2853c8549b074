# Idiom: list-of-maps (written for this corpus; see README.md)

variable "inbound_rules" {
  type = list(map(string))
  default = [
    {
      rule_number = 100
      action      = "allow"
      cidr_block  = "0.0.0.0/0"
    },
  ]
  validation {
    condition     = alltrue([for r in var.inbound_rules : contains(["allow", "deny"], lookup(r, "action", "allow"))])
    error_message = "An action is allow or deny."
  }
  validation {
    condition     = alltrue([for r in var.inbound_rules : can(tonumber(r["rule_number"]))])
    error_message = "Each rule has a numeric rule_number."
  }
}
