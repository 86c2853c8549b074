# Cases of the filtered-count idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: password
users = [{
  name = "a"
  password = "p"
  random_password = false
}]
### ok: password (json)
{
  "users": [
    {
      "name": "a",
      "password": "p",
      "random_password": false
    }
  ]
}
### ok: random
users = [{
  name = "a"
  password = ""
  random_password = true
}]
### ok: random (json)
{
  "users": [
    {
      "name": "a",
      "password": "",
      "random_password": true
    }
  ]
}
### ok: random-null
users = [{
  name = "a"
  password = null
  random_password = true
}]
### ok: random-null (json)
{
  "users": [
    {
      "name": "a",
      "password": null,
      "random_password": true
    }
  ]
}
### bad: neither
users = [{
  name = "a"
  password = ""
  random_password = false
}]
### bad: neither (json)
{
  "users": [
    {
      "name": "a",
      "password": "",
      "random_password": false
    }
  ]
}
### bad: both
users = [{
  name = "a"
  password = "p"
  random_password = true
}]
### bad: both (json)
{
  "users": [
    {
      "name": "a",
      "password": "p",
      "random_password": true
    }
  ]
}
### bad: second-of-two
users = [{
  name = "a"
  password = "p"
  random_password = false
}, {
  name = "b"
  password = null
  random_password = false
}]
### bad: second-of-two (json)
{
  "users": [
    {
      "name": "a",
      "password": "p",
      "random_password": false
    },
    {
      "name": "b",
      "password": null,
      "random_password": false
    }
  ]
}
### ok: random-null-flag-compares-false
users = [{
  name = "a"
  password = "p"
  random_password = null
}]
### ok: random-null-flag-compares-false (json)
{
  "users": [
    {
      "name": "a",
      "password": "p",
      "random_password": null
    }
  ]
}
