# Cases of the distinct-and-sorting idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### bad: twice
azs = ["a", "a"]
### bad: twice (json)
{
  "azs": [
    "a",
    "a"
  ]
}
### bad: unsorted
azs = ["b", "a"]
### bad: unsorted (json)
{
  "azs": [
    "b",
    "a"
  ]
}
### bad: twice-unsorted
azs = ["b", "a", "b"]
### bad: twice-unsorted (json)
{
  "azs": [
    "b",
    "a",
    "b"
  ]
}
### bad: empty-max-without-short-circuit
azs = []
priorities = []
### bad: empty-max-without-short-circuit (json)
{
  "azs": [],
  "priorities": []
}
### bad: priority
priorities = [1, 1001]
### bad: priority (json)
{
  "priorities": [
    1,
    1001
  ]
}
### ok: priority-max
priorities = [1000]
### ok: priority-max (json)
{
  "priorities": [
    1000
  ]
}
