# Cases of the coalesce-optional-enum idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: turbo
rpo = "ASYNC_TURBO"
### ok: turbo (json)
{
  "rpo": "ASYNC_TURBO"
}
### bad: other
rpo = "FAST"
### bad: other (json)
{
  "rpo": "FAST"
}
### bad: empty-rpo
rpo = ""
### bad: empty-rpo (json)
{
  "rpo": ""
}
### ok: prefix
prefix = "p"
### ok: prefix (json)
{
  "prefix": "p"
}
### bad: empty-prefix
prefix = ""
### bad: empty-prefix (json)
{
  "prefix": ""
}
### ok: null-prefix
prefix = null
### ok: null-prefix (json)
{
  "prefix": null
}
### bad: both
prefix = ""
rpo = "x"
### bad: both (json)
{
  "prefix": "",
  "rpo": "x"
}
