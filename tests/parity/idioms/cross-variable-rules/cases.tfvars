# Cases of the cross-variable-rules idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### bad: no-existing
create = false
### bad: no-existing (json)
{
  "create": false
}
### ok: existing
create = false
existing_id = "x"
### ok: existing (json)
{
  "create": false,
  "existing_id": "x"
}
### bad: both
pool_id = "p"
### bad: both (json)
{
  "pool_id": "p"
}
### ok: pool-only
pool_id = "p"
address_space = null
### ok: pool-only (json)
{
  "pool_id": "p",
  "address_space": null
}
### bad: neither
address_space = null
### bad: neither (json)
{
  "address_space": null
}
### bad: create-invalid
create = "perhaps"
### bad: create-invalid (json)
{
  "create": "perhaps"
}
### ok: string-bool
create = "false"
existing_id = "x"
### ok: string-bool (json)
{
  "create": "false",
  "existing_id": "x"
}
