# Cases of the unique-attribute idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: one
service_configs = [{
  ranges = {
    a = "10.0.0.0/24"
  }
}]
### ok: one (json)
{
  "service_configs": [
    {
      "ranges": {
        "a": "10.0.0.0/24"
      }
    }
  ]
}
### ok: two-producers
service_configs = [{
  ranges = {}
}, {
  ranges = {}
  producer = "other"
}]
### ok: two-producers (json)
{
  "service_configs": [
    {
      "ranges": {}
    },
    {
      "ranges": {},
      "producer": "other"
    }
  ]
}
### bad: same-producer
service_configs = [{
  ranges = {}
}, {
  ranges = {
    b = "x"
  }
}]
### bad: same-producer (json)
{
  "service_configs": [
    {
      "ranges": {}
    },
    {
      "ranges": {
        "b": "x"
      }
    }
  ]
}
### bad: policy
service_configs = [{
  ranges = {}
  policy = "DELETE"
}]
### bad: policy (json)
{
  "service_configs": [
    {
      "ranges": {},
      "policy": "DELETE"
    }
  ]
}
### ok: abandon
service_configs = [{
  ranges = {}
  policy = "ABANDON"
}]
### ok: abandon (json)
{
  "service_configs": [
    {
      "ranges": {},
      "policy": "ABANDON"
    }
  ]
}
### bad: ranges-missing
service_configs = [{
  producer = "x"
}]
### bad: ranges-missing (json)
{
  "service_configs": [
    {
      "producer": "x"
    }
  ]
}
### bad: ranges-list
service_configs = [{
  ranges = ["a"]
}]
### bad: ranges-list (json)
{
  "service_configs": [
    {
      "ranges": [
        "a"
      ]
    }
  ]
}
