# Cases of the collection-functions idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### bad: one-subnet
subnet_ids = ["subnet-1"]
### bad: one-subnet (json)
{
  "subnet_ids": [
    "subnet-1"
  ]
}
### bad: bad-id
subnet_ids = ["subnet-1", "sn-2"]
### bad: bad-id (json)
{
  "subnet_ids": [
    "subnet-1",
    "sn-2"
  ]
}
### ok: three
subnet_ids = ["subnet-1", "subnet-2", "subnet-3"]
### ok: three (json)
{
  "subnet_ids": [
    "subnet-1",
    "subnet-2",
    "subnet-3"
  ]
}
### bad: name-tag
extra_tags = {
  Name = "x"
}
### bad: name-tag (json)
{
  "extra_tags": {
    "Name": "x"
  }
}
### ok: other-tags
extra_tags = {
  team = "a"
  cost = "b"
}
### ok: other-tags (json)
{
  "extra_tags": {
    "team": "a",
    "cost": "b"
  }
}
### bad: ten-tags
extra_tags = {
  t0 = "v"
  t1 = "v"
  t2 = "v"
  t3 = "v"
  t4 = "v"
  t5 = "v"
  t6 = "v"
  t7 = "v"
  t8 = "v"
  t9 = "v"
}
### bad: ten-tags (json)
{
  "extra_tags": {
    "t0": "v",
    "t1": "v",
    "t2": "v",
    "t3": "v",
    "t4": "v",
    "t5": "v",
    "t6": "v",
    "t7": "v",
    "t8": "v",
    "t9": "v"
  }
}
### ok: ports
ports = [80, 443]
### ok: ports (json)
{
  "ports": [
    80,
    443
  ]
}
### bad: ssh
ports = [22]
### bad: ssh (json)
{
  "ports": [
    22
  ]
}
### bad: ports-words
ports = ["http"]
### bad: ports-words (json)
{
  "ports": [
    "http"
  ]
}
