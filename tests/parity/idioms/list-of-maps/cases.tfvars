# Cases of the list-of-maps idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: two
inbound_rules = [{
  rule_number = 1
  action = "deny"
}, {
  rule_number = "2"
}]
### ok: two (json)
{
  "inbound_rules": [
    {
      "rule_number": 1,
      "action": "deny"
    },
    {
      "rule_number": "2"
    }
  ]
}
### bad: action
inbound_rules = [{
  rule_number = 1
  action = "drop"
}]
### bad: action (json)
{
  "inbound_rules": [
    {
      "rule_number": 1,
      "action": "drop"
    }
  ]
}
### bad: no-number
inbound_rules = [{
  action = "allow"
}]
### bad: no-number (json)
{
  "inbound_rules": [
    {
      "action": "allow"
    }
  ]
}
### bad: word-number
inbound_rules = [{
  rule_number = "first"
}]
### bad: word-number (json)
{
  "inbound_rules": [
    {
      "rule_number": "first"
    }
  ]
}
### ok: bool-becomes-string
inbound_rules = [{
  rule_number = 5
  log = true
}]
### ok: bool-becomes-string (json)
{
  "inbound_rules": [
    {
      "rule_number": 5,
      "log": true
    }
  ]
}
### bad: nested-value
inbound_rules = [{
  rule_number = 5
  ports = [80]
}]
### bad: nested-value (json)
{
  "inbound_rules": [
    {
      "rule_number": 5,
      "ports": [
        80
      ]
    }
  ]
}
### ok: empty
inbound_rules = []
### ok: empty (json)
{
  "inbound_rules": []
}
