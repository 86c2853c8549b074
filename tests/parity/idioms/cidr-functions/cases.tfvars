# Cases of the cidr-functions idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: slash-8
network_cidr = "10.0.0.0/8"
### ok: slash-8 (json)
{
  "network_cidr": "10.0.0.0/8"
}
### bad: host-bits
network_cidr = "10.0.0.1/16"
### bad: host-bits (json)
{
  "network_cidr": "10.0.0.1/16"
}
### bad: not-cidr
network_cidr = "10.0.0.0"
### bad: not-cidr (json)
{
  "network_cidr": "10.0.0.0"
}
### ok: ipv6-accepted
network_cidr = "fd00::/8"
### ok: ipv6-accepted (json)
{
  "network_cidr": "fd00::/8"
}
### bad: octet
network_cidr = "10.0.0.256/24"
### bad: octet (json)
{
  "network_cidr": "10.0.0.256/24"
}
### ok: allowed
allowed = ["0.0.0.0/0", "192.168.1.0/24"]
### ok: allowed (json)
{
  "allowed": [
    "0.0.0.0/0",
    "192.168.1.0/24"
  ]
}
### bad: allowed-ipv6
allowed = ["::/0"]
### bad: allowed-ipv6 (json)
{
  "allowed": [
    "::/0"
  ]
}
### bad: allowed-word
allowed = ["any"]
### bad: allowed-word (json)
{
  "allowed": [
    "any"
  ]
}
### ok: service-16
service_cidr = "172.20.0.0/16"
### ok: service-16 (json)
{
  "service_cidr": "172.20.0.0/16"
}
### bad: service-28
service_cidr = "172.20.0.0/28"
### bad: service-28 (json)
{
  "service_cidr": "172.20.0.0/28"
}
### bad: service-no-prefix
service_cidr = "172.20.0.0"
### bad: service-no-prefix (json)
{
  "service_cidr": "172.20.0.0"
}
