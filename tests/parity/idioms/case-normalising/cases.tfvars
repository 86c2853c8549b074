# Cases of the case-normalising idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### bad: upper
environment = "PROD"
### bad: upper (json)
{
  "environment": "PROD"
}
### bad: unknown
environment = "qa"
### bad: unknown (json)
{
  "environment": "qa"
}
### bad: upper-unknown
environment = "QA"
### bad: upper-unknown (json)
{
  "environment": "QA"
}
### ok: owner
owner = "a.b@c.io"
### ok: owner (json)
{
  "owner": "a.b@c.io"
}
### bad: owner-no-at
owner = "team.example.com"
### bad: owner-no-at (json)
{
  "owner": "team.example.com"
}
### bad: owner-space
owner = "a b@c.io"
### bad: owner-space (json)
{
  "owner": "a b@c.io"
}
### bad: owner-short-tld
owner = "a@b.c"
### bad: owner-short-tld (json)
{
  "owner": "a@b.c"
}
