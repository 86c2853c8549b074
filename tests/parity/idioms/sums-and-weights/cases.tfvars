# Cases of the sums-and-weights idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: split
weights = {
  blue = 60
  green = 40
}
### ok: split (json)
{
  "weights": {
    "blue": 60,
    "green": 40
  }
}
### bad: short
weights = {
  blue = 60
  green = 30
}
### bad: short (json)
{
  "weights": {
    "blue": 60,
    "green": 30
  }
}
### bad: negative
weights = {
  blue = 120
  green = -20
}
### bad: negative (json)
{
  "weights": {
    "blue": 120,
    "green": -20
  }
}
### ok: strings
weights = {
  blue = "50"
  green = "50"
}
### ok: strings (json)
{
  "weights": {
    "blue": "50",
    "green": "50"
  }
}
### bad: empty
weights = {}
### bad: empty (json)
{
  "weights": {}
}
### ok: fractions
weights = {
  a = 33.5
  b = 66.5
}
### ok: fractions (json)
{
  "weights": {
    "a": 33.5,
    "b": 66.5
  }
}
