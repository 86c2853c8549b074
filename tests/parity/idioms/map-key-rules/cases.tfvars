# Cases of the map-key-rules idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: zones
tags_per_zone = {
  eu-west-1a = {
    tier = "a"
  }
}
### ok: zones (json)
{
  "tags_per_zone": {
    "eu-west-1a": {
      "tier": "a"
    }
  }
}
### bad: zone-key
tags_per_zone = {
  west = {
    tier = "a"
  }
}
### bad: zone-key (json)
{
  "tags_per_zone": {
    "west": {
      "tier": "a"
    }
  }
}
### ok: timeouts
timeouts = {
  create = "30m"
  delete = "1h"
}
### ok: timeouts (json)
{
  "timeouts": {
    "create": "30m",
    "delete": "1h"
  }
}
### bad: timeout-key
timeouts = {
  read = "5m"
}
### bad: timeout-key (json)
{
  "timeouts": {
    "read": "5m"
  }
}
### bad: timeout-value
timeouts = {
  create = "soon"
}
### bad: timeout-value (json)
{
  "timeouts": {
    "create": "soon"
  }
}
### bad: both-timeout-rules
timeouts = {
  read = "soon"
}
### bad: both-timeout-rules (json)
{
  "timeouts": {
    "read": "soon"
  }
}
### bad: inner-not-map
tags_per_zone = {
  eu-west-1a = "x"
}
### bad: inner-not-map (json)
{
  "tags_per_zone": {
    "eu-west-1a": "x"
  }
}
### ok: inner-numbers
tags_per_zone = {
  eu-west-1a = {
    n = 1
  }
}
### ok: inner-numbers (json)
{
  "tags_per_zone": {
    "eu-west-1a": {
      "n": 1
    }
  }
}
