# Cases of the templated-messages idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### bad: env
env = "qa"
### bad: env (json)
{
  "env": "qa"
}
### bad: env-quotes
env = "say \"hi\""
### bad: env-quotes (json)
{
  "env": "say \"hi\""
}
### bad: ports
ports = [0, 80, 70000]
### bad: ports (json)
{
  "ports": [
    0,
    80,
    70000
  ]
}
### ok: ports
ports = [1, 65535]
### ok: ports (json)
{
  "ports": [
    1,
    65535
  ]
}
### bad: names
names = {
  a = "1"
  b = "2"
  c = "3"
}
### bad: names (json)
{
  "names": {
    "a": "1",
    "b": "2",
    "c": "3"
  }
}
### bad: all-three
env = ""
ports = [-5]
names = {
  x = ""
  y = ""
  z = ""
}
### bad: all-three (json)
{
  "env": "",
  "ports": [
    -5
  ],
  "names": {
    "x": "",
    "y": "",
    "z": ""
  }
}
### ok: zones
zones = ["eu-west-1a"]
### ok: zones (json)
{
  "zones": [
    "eu-west-1a"
  ]
}
### bad: zones-listed
zones = ["eu-west-1a", "west", "Zone"]
### bad: zones-listed (json)
{
  "zones": [
    "eu-west-1a",
    "west",
    "Zone"
  ]
}
### bad: zones-null-message-unknown
zones = [null, "eu-west-1a"]
### bad: zones-null-message-unknown (json)
{
  "zones": [
    null,
    "eu-west-1a"
  ]
}
### ok: unicode-env
env = "prod"
### ok: unicode-env (json)
{
  "env": "prod"
}
