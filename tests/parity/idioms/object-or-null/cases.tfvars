# Cases of the object-or-null idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: lock
lock = {
  kind = "ReadOnly"
}
### ok: lock (json)
{
  "lock": {
    "kind": "ReadOnly"
  }
}
### ok: lock-named
lock = {
  kind = "CanNotDelete"
  name = "keep"
}
### ok: lock-named (json)
{
  "lock": {
    "kind": "CanNotDelete",
    "name": "keep"
  }
}
### bad: lock-kind
lock = {
  kind = "Delete"
}
### bad: lock-kind (json)
{
  "lock": {
    "kind": "Delete"
  }
}
### bad: lock-without-kind
lock = {
  name = "x"
}
### bad: lock-without-kind (json)
{
  "lock": {
    "name": "x"
  }
}
### ok: lock-null
lock = null
### ok: lock-null (json)
{
  "lock": null
}
### ok: encryption
encryption = {
  enabled = true
  enforcement = "DropUnencrypted"
}
### ok: encryption (json)
{
  "encryption": {
    "enabled": true,
    "enforcement": "DropUnencrypted"
  }
}
### bad: encryption-bad
encryption = {
  enabled = true
  enforcement = "Drop"
}
### bad: encryption-bad (json)
{
  "encryption": {
    "enabled": true,
    "enforcement": "Drop"
  }
}
### bad: encryption-missing
encryption = {
  enabled = true
}
### bad: encryption-missing (json)
{
  "encryption": {
    "enabled": true
  }
}
### ok: encryption-string-bool
encryption = {
  enabled = "false"
  enforcement = "AllowUnencrypted"
}
### ok: encryption-string-bool (json)
{
  "encryption": {
    "enabled": "false",
    "enforcement": "AllowUnencrypted"
  }
}
