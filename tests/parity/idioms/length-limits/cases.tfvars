# Cases of the length-limits idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: one-gateway
gateway_ids = ["igw-1"]
### ok: one-gateway (json)
{
  "gateway_ids": [
    "igw-1"
  ]
}
### bad: two-gateways
gateway_ids = ["igw-1", "igw-2"]
### bad: two-gateways (json)
{
  "gateway_ids": [
    "igw-1",
    "igw-2"
  ]
}
### bad: empty-name
cluster = ""
### bad: empty-name (json)
{
  "cluster": ""
}
### ok: forty
cluster = "cccccccccccccccccccccccccccccccccccccccc"
### ok: forty (json)
{
  "cluster": "cccccccccccccccccccccccccccccccccccccccc"
}
### bad: forty-one
cluster = "ccccccccccccccccccccccccccccccccccccccccc"
### bad: forty-one (json)
{
  "cluster": "ccccccccccccccccccccccccccccccccccccccccc"
}
### ok: unicode-length
cluster = "café-ü"
### ok: unicode-length (json)
{
  "cluster": "café-ü"
}
### bad: no-zones
zones = []
### bad: no-zones (json)
{
  "zones": []
}
### ok: duplicate-zones
zones = ["a", "a"]
### ok: duplicate-zones (json)
{
  "zones": [
    "a",
    "a"
  ]
}
### bad: zones-string
zones = "a"
### bad: zones-string (json)
{
  "zones": "a"
}
