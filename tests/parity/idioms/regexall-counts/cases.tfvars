# Cases of the regexall-counts idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: strong
password = "Correct1Horse2Battery"
### ok: strong (json)
{
  "password": "Correct1Horse2Battery"
}
### bad: short
password = "Aa1"
### bad: short (json)
{
  "password": "Aa1"
}
### bad: no-digit
password = "Aaaaaaaaaaaaaaaa"
### bad: no-digit (json)
{
  "password": "Aaaaaaaaaaaaaaaa"
}
### bad: short-and-weak
password = "aaaa"
### bad: short-and-weak (json)
{
  "password": "aaaa"
}
### ok: labels
labels = ["env", "team_a", "x-1"]
### ok: labels (json)
{
  "labels": [
    "env",
    "team_a",
    "x-1"
  ]
}
### bad: label-upper
labels = ["Env"]
### bad: label-upper (json)
{
  "labels": [
    "Env"
  ]
}
### bad: label-digit
labels = ["ok", "1st"]
### bad: label-digit (json)
{
  "labels": [
    "ok",
    "1st"
  ]
}
### bad: label-long
labels = ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]
### bad: label-long (json)
{
  "labels": [
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
  ]
}
