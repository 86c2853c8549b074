# Cases of the misused-functions idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### bad: contains-on-string
extended_location = {
  name = "x"
  type = "EdgeZone"
}
### bad: contains-on-string (json)
{
  "extended_location": {
    "name": "x",
    "type": "EdgeZone"
  }
}
### ok: writer
optional_role = "writer"
### ok: writer (json)
{
  "optional_role": "writer"
}
### bad: null-role-no-short-circuit
optional_role = null
### bad: null-role-no-short-circuit (json)
{
  "optional_role": null
}
### bad: owner-role
optional_role = "owner"
### bad: owner-role (json)
{
  "optional_role": "owner"
}
### bad: location-missing-type
extended_location = {
  name = "x"
}
### bad: location-missing-type (json)
{
  "extended_location": {
    "name": "x"
  }
}
### ok: no-records-no-call
records = {}
### ok: no-records-no-call (json)
{
  "records": {}
}
### bad: unknown-function-called
records = {
  a = {
    values = ["1.2.3.4"]
  }
}
### bad: unknown-function-called (json)
{
  "records": {
    "a": {
      "values": [
        "1.2.3.4"
      ]
    }
  }
}
