# Cases of the type-conversions idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: number-from-string
count_of = "42"
### ok: number-from-string (json)
{
  "count_of": "42"
}
### ok: number-exponent
count_of = "1e3"
### ok: number-exponent (json)
{
  "count_of": "1e3"
}
### bad: number-from-bool
count_of = true
### bad: number-from-bool (json)
{
  "count_of": true
}
### bad: number-from-word
count_of = "many"
### bad: number-from-word (json)
{
  "count_of": "many"
}
### ok: bool-from-string
enabled = "false"
### ok: bool-from-string (json)
{
  "enabled": "false"
}
### bad: bool-capital
enabled = "True"
### bad: bool-capital (json)
{
  "enabled": "True"
}
### bad: bool-from-number
enabled = 1
### bad: bool-from-number (json)
{
  "enabled": 1
}
### ok: names-from-numbers
names = [1, 2.5, true]
### ok: names-from-numbers (json)
{
  "names": [
    1,
    2.5,
    true
  ]
}
### bad: names-nested
names = [["a"]]
### bad: names-nested (json)
{
  "names": [
    [
      "a"
    ]
  ]
}
### bad: names-scalar
names = "a"
### bad: names-scalar (json)
{
  "names": "a"
}
### ok: pair
pair = ["b", "2"]
### ok: pair (json)
{
  "pair": [
    "b",
    "2"
  ]
}
### bad: pair-short
pair = ["b"]
### bad: pair-short (json)
{
  "pair": [
    "b"
  ]
}
### bad: pair-swapped
pair = [2, "b"]
### bad: pair-swapped (json)
{
  "pair": [
    2,
    "b"
  ]
}
### ok: limits
limits = {
  a = 1
  b = "2"
}
### ok: limits (json)
{
  "limits": {
    "a": 1,
    "b": "2"
  }
}
### bad: limits-word
limits = {
  a = "x"
}
### bad: limits-word (json)
{
  "limits": {
    "a": "x"
  }
}
