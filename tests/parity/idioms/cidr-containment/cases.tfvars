# Cases of the cidr-containment idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: whole
subnets = ["10.1.0.0/16"]
### ok: whole (json)
{
  "subnets": [
    "10.1.0.0/16"
  ]
}
### bad: outside
subnets = ["10.2.0.0/24"]
### bad: outside (json)
{
  "subnets": [
    "10.2.0.0/24"
  ]
}
### bad: repeated
subnets = ["10.1.0.0/24", "10.1.0.0/24"]
### bad: repeated (json)
{
  "subnets": [
    "10.1.0.0/24",
    "10.1.0.0/24"
  ]
}
### ok: other-network
network = "192.168.0.0/16"
subnets = ["192.168.10.0/24"]
### ok: other-network (json)
{
  "network": "192.168.0.0/16",
  "subnets": [
    "192.168.10.0/24"
  ]
}
### bad: larger-than-network
subnets = ["10.0.0.0/8"]
### bad: larger-than-network (json)
{
  "subnets": [
    "10.0.0.0/8"
  ]
}
### bad: not-a-cidr
subnets = ["10.1.0.0"]
### bad: not-a-cidr (json)
{
  "subnets": [
    "10.1.0.0"
  ]
}
