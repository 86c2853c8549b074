# Cases of the undeclared-and-stages idiom, written by generate.py.
### ok: region
region = "eu-west-1"
### ok: region (json)
{
  "region": "eu-west-1"
}
### bad: missing-region
replicas = 0
### bad: missing-region (json)
{
  "replicas": 0
}
### ok: undeclared-one
region = "r"
zone = "a"
### ok: undeclared-one (json)
{
  "region": "r",
  "zone": "a"
}
### ok: undeclared-two
region = "r"
zone = "a"
team = "b"
### ok: undeclared-two (json)
{
  "region": "r",
  "zone": "a",
  "team": "b"
}
### bad: undeclared-and-invalid
region = "r"
zone = "a"
replicas = -1
### bad: undeclared-and-invalid (json)
{
  "region": "r",
  "zone": "a",
  "replicas": -1
}
### bad: missing-with-undeclared
zone = "a"
### bad: missing-with-undeclared (json)
{
  "zone": "a"
}
### ok: region-null-is-a-value
region = null
### ok: region-null-is-a-value (json)
{
  "region": null
}
### bad: replicas-type-and-missing
replicas = "x"
### bad: replicas-type-and-missing (json)
{
  "replicas": "x"
}
