# Cases of the string-functions idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### bad: spaces
prefix = " app"
### bad: spaces (json)
{
  "prefix": " app"
}
### bad: upper
prefix = "App"
### bad: upper (json)
{
  "prefix": "App"
}
### bad: empty
prefix = ""
### bad: empty (json)
{
  "prefix": ""
}
### ok: digits
prefix = "app2"
### ok: digits (json)
{
  "prefix": "app2"
}
### ok: path
path = "/api/v1/"
### ok: path (json)
{
  "path": "/api/v1/"
}
### bad: path-no-slash
path = "api/"
### bad: path-no-slash (json)
{
  "path": "api/"
}
### bad: path-double
path = "/api//v1/"
### bad: path-double (json)
{
  "path": "/api//v1/"
}
### bad: path-open
path = "/api"
### bad: path-open (json)
{
  "path": "/api"
}
### bad: image-latest
image = "nginx:latest"
### bad: image-latest (json)
{
  "image": "nginx:latest"
}
### bad: image-untagged
image = "nginx"
### bad: image-untagged (json)
{
  "image": "nginx"
}
### ok: image-registry
image = "ghcr.io/x/y:2"
### ok: image-registry (json)
{
  "image": "ghcr.io/x/y:2"
}
### bad: image-port
image = "localhost:5000/y:2"
### bad: image-port (json)
{
  "image": "localhost:5000/y:2"
}
