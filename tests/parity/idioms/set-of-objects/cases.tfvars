# Cases of the set-of-objects idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: one
members = [{
  principal = "user:a@b.c"
  role = "viewer"
}]
### ok: one (json)
{
  "members": [
    {
      "principal": "user:a@b.c",
      "role": "viewer"
    }
  ]
}
### ok: duplicates-collapse
members = [{
  principal = "user:a"
  role = "r"
}, {
  principal = "user:a"
  role = "r"
}, {
  principal = "user:a"
  role = "r"
}, {
  principal = "user:a"
  role = "r"
}]
### ok: duplicates-collapse (json)
{
  "members": [
    {
      "principal": "user:a",
      "role": "r"
    },
    {
      "principal": "user:a",
      "role": "r"
    },
    {
      "principal": "user:a",
      "role": "r"
    },
    {
      "principal": "user:a",
      "role": "r"
    }
  ]
}
### bad: four
members = [{
  principal = "user:0"
  role = "r"
}, {
  principal = "user:1"
  role = "r"
}, {
  principal = "user:2"
  role = "r"
}, {
  principal = "user:3"
  role = "r"
}]
### bad: four (json)
{
  "members": [
    {
      "principal": "user:0",
      "role": "r"
    },
    {
      "principal": "user:1",
      "role": "r"
    },
    {
      "principal": "user:2",
      "role": "r"
    },
    {
      "principal": "user:3",
      "role": "r"
    }
  ]
}
### bad: bad-principal
members = [{
  principal = "a@b.c"
  role = "r"
}]
### bad: bad-principal (json)
{
  "members": [
    {
      "principal": "a@b.c",
      "role": "r"
    }
  ]
}
### bad: missing-role
members = [{
  principal = "user:a"
}]
### bad: missing-role (json)
{
  "members": [
    {
      "principal": "user:a"
    }
  ]
}
### bad: not-a-list
members = {
  principal = "user:a"
  role = "r"
}
### bad: not-a-list (json)
{
  "members": {
    "principal": "user:a",
    "role": "r"
  }
}
### ok: number-role
members = [{
  principal = "group:g"
  role = 7
}]
### ok: number-role (json)
{
  "members": [
    {
      "principal": "group:g",
      "role": 7
    }
  ]
}
