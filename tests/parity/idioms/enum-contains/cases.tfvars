# Cases of the enum-contains idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: premium
tier = "premium"
### ok: premium (json)
{
  "tier": "premium"
}
### ok: manual
mode = "Manual"
tier = "standard"
### ok: manual (json)
{
  "mode": "Manual",
  "tier": "standard"
}
### bad: gold
tier = "gold"
### bad: gold (json)
{
  "tier": "gold"
}
### bad: upper-case
tier = "BASIC"
### bad: upper-case (json)
{
  "tier": "BASIC"
}
### bad: lower-mode
mode = "auto"
### bad: lower-mode (json)
{
  "mode": "auto"
}
### bad: both-wrong
tier = ""
mode = "manual"
### bad: both-wrong (json)
{
  "tier": "",
  "mode": "manual"
}
### bad: tier-list
tier = ["basic"]
### bad: tier-list (json)
{
  "tier": [
    "basic"
  ]
}
### bad: tier-null
tier = null
### bad: tier-null (json)
{
  "tier": null
}
