# Cases of the maps-of-lists-of-objects idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: ranges
secondary_ranges = {
  a = [{
    range_name = "pods"
    ip_cidr_range = "10.4.0.0/14"
  }]
}
### ok: ranges (json)
{
  "secondary_ranges": {
    "a": [
      {
        "range_name": "pods",
        "ip_cidr_range": "10.4.0.0/14"
      }
    ]
  }
}
### bad: range-bad
secondary_ranges = {
  a = [{
    range_name = "pods"
    ip_cidr_range = "10.4.0.0/33"
  }]
}
### bad: range-bad (json)
{
  "secondary_ranges": {
    "a": [
      {
        "range_name": "pods",
        "ip_cidr_range": "10.4.0.0/33"
      }
    ]
  }
}
### bad: range-missing-name
secondary_ranges = {
  a = [{
    ip_cidr_range = "10.4.0.0/14"
  }]
}
### bad: range-missing-name (json)
{
  "secondary_ranges": {
    "a": [
      {
        "ip_cidr_range": "10.4.0.0/14"
      }
    ]
  }
}
### ok: empty-list
secondary_ranges = {
  a = []
}
### ok: empty-list (json)
{
  "secondary_ranges": {
    "a": []
  }
}
### ok: sink
sinks = {
  s = {
    destination = "d"
    type = "pubsub"
  }
}
### ok: sink (json)
{
  "sinks": {
    "s": {
      "destination": "d",
      "type": "pubsub"
    }
  }
}
### bad: sink-type
sinks = {
  s = {
    destination = "d"
    type = "email"
  }
}
### bad: sink-type (json)
{
  "sinks": {
    "s": {
      "destination": "d",
      "type": "email"
    }
  }
}
### ok: sinks-null
sinks = null
### ok: sinks-null (json)
{
  "sinks": null
}
### bad: sinks-list
sinks = [{
  destination = "d"
  type = "pubsub"
}]
### bad: sinks-list (json)
{
  "sinks": [
    {
      "destination": "d",
      "type": "pubsub"
    }
  ]
}
