# Cases of the any-typed-context idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: lower
context = {
  enabled = true
  key_case = "lower"
  id_lengths = []
}
### ok: lower (json)
{
  "context": {
    "enabled": true,
    "key_case": "lower",
    "id_lengths": []
  }
}
### bad: mixed-case
context = {
  key_case = "Mixed"
}
### bad: mixed-case (json)
{
  "context": {
    "key_case": "Mixed"
  }
}
### ok: no-key-case
context = {
  enabled = false
}
### ok: no-key-case (json)
{
  "context": {
    "enabled": false
  }
}
### ok: lengths
context = {
  id_lengths = [4, 8]
}
### ok: lengths (json)
{
  "context": {
    "id_lengths": [
      4,
      8
    ]
  }
}
### bad: null-length
context = {
  id_lengths = [4, null]
}
### bad: null-length (json)
{
  "context": {
    "id_lengths": [
      4,
      null
    ]
  }
}
### bad: context-string
context = "x"
### bad: context-string (json)
{
  "context": "x"
}
### bad: context-list
context = ["lower"]
### bad: context-list (json)
{
  "context": [
    "lower"
  ]
}
