# Cases of the untyped-variables idiom, written by generate.py.
### ok: image
image = "nginx"
### ok: image (json)
{
  "image": "nginx"
}
### bad: no-image
### bad: no-image (json)
{}
### ok: memory-string
image = "x"
memory = "lots"
### ok: memory-string (json)
{
  "image": "x",
  "memory": "lots"
}
### ok: command-mixed
image = "x"
command = ["a", 1, true]
### ok: command-mixed (json)
{
  "image": "x",
  "command": [
    "a",
    1,
    true
  ]
}
### ok: environment-objects
image = "x"
environment = [{
  name = "A"
  value = "1"
}, {
  k = 2
}]
### ok: environment-objects (json)
{
  "image": "x",
  "environment": [
    {
      "name": "A",
      "value": "1"
    },
    {
      "k": 2
    }
  ]
}
### ok: image-object
image = {
  repo = "x"
  tag = "1"
}
### ok: image-object (json)
{
  "image": {
    "repo": "x",
    "tag": "1"
  }
}
### bad: options-three
image = "x"
options = {
  a = 1
  b = 2
  c = 3
}
### bad: options-three (json)
{
  "image": "x",
  "options": {
    "a": 1,
    "b": 2,
    "c": 3
  }
}
### ok: options-list
image = "x"
options = [1, 2]
### ok: options-list (json)
{
  "image": "x",
  "options": [
    1,
    2
  ]
}
### bad: options-string
image = "x"
options = "abc"
### bad: options-string (json)
{
  "image": "x",
  "options": "abc"
}
### ok: image-null
image = null
### ok: image-null (json)
{
  "image": null
}
