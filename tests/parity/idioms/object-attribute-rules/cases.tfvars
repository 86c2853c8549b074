# Cases of the object-attribute-rules idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### bad: min-over-max
scaling = {
  min = 3
  max = 2
}
### bad: min-over-max (json)
{
  "scaling": {
    "min": 3,
    "max": 2
  }
}
### ok: desired
scaling = {
  min = 1
  max = 3
  desired = 2
}
### ok: desired (json)
{
  "scaling": {
    "min": 1,
    "max": 3,
    "desired": 2
  }
}
### bad: desired-high
scaling = {
  min = 1
  max = 3
  desired = 4
}
### bad: desired-high (json)
{
  "scaling": {
    "min": 1,
    "max": 3,
    "desired": 4
  }
}
### bad: missing-max
scaling = {
  min = 1
}
### bad: missing-max (json)
{
  "scaling": {
    "min": 1
  }
}
### ok: extra-attribute
scaling = {
  min = 1
  max = 1
  other = true
}
### ok: extra-attribute (json)
{
  "scaling": {
    "min": 1,
    "max": 1,
    "other": true
  }
}
### bad: timeout
health_check = {
  timeout = 30
}
### bad: timeout (json)
{
  "health_check": {
    "timeout": 30
  }
}
### ok: health-null-default
health_check = null
### ok: health-null-default (json)
{
  "health_check": null
}
### ok: health-custom
health_check = {
  interval = 10
  timeout = 2
  path = "/health"
}
### ok: health-custom (json)
{
  "health_check": {
    "interval": 10,
    "timeout": 2,
    "path": "/health"
  }
}
### bad: health-relative-path
health_check = {
  path = "health"
}
### bad: health-relative-path (json)
{
  "health_check": {
    "path": "health"
  }
}
### bad: scaling-null-attr
scaling = {
  min = null
  max = 2
}
### bad: scaling-null-attr (json)
{
  "scaling": {
    "min": null,
    "max": 2
  }
}
### bad: message-fails-condition-holds
limits = {
  low = 1
}
### bad: message-fails-condition-holds (json)
{
  "limits": {
    "low": 1
  }
}
### ok: message-fine
limits = {
  low = 1
  high = 5
}
### ok: message-fine (json)
{
  "limits": {
    "low": 1,
    "high": 5
  }
}
### bad: limits-negative
limits = {
  low = -1
  high = 1
}
### bad: limits-negative (json)
{
  "limits": {
    "low": -1,
    "high": 1
  }
}
### bad: limits-negative-message-fails
limits = {
  low = -1
}
### bad: limits-negative-message-fails (json)
{
  "limits": {
    "low": -1
  }
}
