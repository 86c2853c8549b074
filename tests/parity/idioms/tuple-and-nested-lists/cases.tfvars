# Cases of the tuple-and-nested-lists idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### bad: empty-row
matrix = [[1], []]
### bad: empty-row (json)
{
  "matrix": [
    [
      1
    ],
    []
  ]
}
### bad: row-words
matrix = [["a"]]
### bad: row-words (json)
{
  "matrix": [
    [
      "a"
    ]
  ]
}
### ok: row-strings
matrix = [["1", "2"]]
### ok: row-strings (json)
{
  "matrix": [
    [
      "1",
      "2"
    ]
  ]
}
### ok: any-list-strings
any_list = ["a", 1]
### ok: any-list-strings (json)
{
  "any_list": [
    "a",
    1
  ]
}
### bad: any-list-mixed
any_list = ["a", {
  b = 1
}]
### bad: any-list-mixed (json)
{
  "any_list": [
    "a",
    {
      "b": 1
    }
  ]
}
### bad: any-list-bool-number
any_list = [true, 1]
### bad: any-list-bool-number (json)
{
  "any_list": [
    true,
    1
  ]
}
### ok: any-map-lists
any_map = {
  a = [1]
  b = [2, 3]
}
### ok: any-map-lists (json)
{
  "any_map": {
    "a": [
      1
    ],
    "b": [
      2,
      3
    ]
  }
}
### bad: any-map-mixed
any_map = {
  a = [1]
  b = "x"
}
### bad: any-map-mixed (json)
{
  "any_map": {
    "a": [
      1
    ],
    "b": "x"
  }
}
### ok: any-map-objects
any_map = {
  a = {
    x = 1
  }
  b = {
    x = 2
  }
}
### ok: any-map-objects (json)
{
  "any_map": {
    "a": {
      "x": 1
    },
    "b": {
      "x": 2
    }
  }
}
