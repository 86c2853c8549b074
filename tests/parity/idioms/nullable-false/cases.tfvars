# Cases of the nullable-false idiom, written by generate.py.
### ok: location
location = "westeurope"
### ok: location (json)
{
  "location": "westeurope"
}
### bad: missing
### bad: missing (json)
{}
### bad: null-location
location = null
### bad: null-location (json)
{
  "location": null
}
### ok: null-tags-take-default
location = "x"
tags = null
### ok: null-tags-take-default (json)
{
  "location": "x",
  "tags": null
}
### ok: null-note
location = "x"
note = null
### ok: null-note (json)
{
  "location": "x",
  "note": null
}
### bad: many-tags
location = "x"
tags = {
  a = "1"
  b = "2"
  c = "3"
  d = "4"
}
### bad: many-tags (json)
{
  "location": "x",
  "tags": {
    "a": "1",
    "b": "2",
    "c": "3",
    "d": "4"
  }
}
### bad: missing-and-many-tags
tags = {
  a = "1"
  b = "2"
  c = "3"
  d = "4"
}
### bad: missing-and-many-tags (json)
{
  "tags": {
    "a": "1",
    "b": "2",
    "c": "3",
    "d": "4"
  }
}
### ok: number-tag-value
location = "x"
tags = {
  a = 1
}
### ok: number-tag-value (json)
{
  "location": "x",
  "tags": {
    "a": 1
  }
}
### bad: object-tag-value
location = "x"
tags = {
  a = {
    b = 1
  }
}
### bad: object-tag-value (json)
{
  "location": "x",
  "tags": {
    "a": {
      "b": 1
    }
  }
}
