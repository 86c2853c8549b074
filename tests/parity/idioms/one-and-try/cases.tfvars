# Cases of the one-and-try idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: two-one-primary
interfaces = [{
  name = "a"
}, {
  name = "b"
  primary = true
}]
### ok: two-one-primary (json)
{
  "interfaces": [
    {
      "name": "a"
    },
    {
      "name": "b",
      "primary": true
    }
  ]
}
### bad: no-primary
interfaces = [{
  name = "a"
}]
### bad: no-primary (json)
{
  "interfaces": [
    {
      "name": "a"
    }
  ]
}
### bad: two-primary
interfaces = [{
  name = "a"
  primary = true
}, {
  name = "b"
  primary = true
}]
### bad: two-primary (json)
{
  "interfaces": [
    {
      "name": "a",
      "primary": true
    },
    {
      "name": "b",
      "primary": true
    }
  ]
}
### ok: mtu
settings = {
  network = {
    mtu = 9000
  }
}
### ok: mtu (json)
{
  "settings": {
    "network": {
      "mtu": 9000
    }
  }
}
### bad: small-mtu
settings = {
  network = {
    mtu = 576
  }
}
### bad: small-mtu (json)
{
  "settings": {
    "network": {
      "mtu": 576
    }
  }
}
### ok: no-network
settings = {
  other = 1
}
### ok: no-network (json)
{
  "settings": {
    "other": 1
  }
}
### bad: mtu-word
settings = {
  network = {
    mtu = "jumbo"
  }
}
### bad: mtu-word (json)
{
  "settings": {
    "network": {
      "mtu": "jumbo"
    }
  }
}
