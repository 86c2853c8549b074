# Cases of the nullable-number-guard idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: zero
id_length = 0
### ok: zero (json)
{
  "id_length": 0
}
### ok: six
id_length = 6
### ok: six (json)
{
  "id_length": 6
}
### bad: five
id_length = 5
### bad: five (json)
{
  "id_length": 5
}
### bad: negative
id_length = -1
### bad: negative (json)
{
  "id_length": -1
}
### ok: null
id_length = null
### ok: null (json)
{
  "id_length": null
}
### ok: lengths
lengths = [8, 16]
### ok: lengths (json)
{
  "lengths": [
    8,
    16
  ]
}
### bad: lengths-null
lengths = [8, null]
### bad: lengths-null (json)
{
  "lengths": [
    8,
    null
  ]
}
### bad: lengths-words
lengths = ["eight"]
### bad: lengths-words (json)
{
  "lengths": [
    "eight"
  ]
}
