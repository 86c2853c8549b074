# Cases of the name-regex-rules idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: plain
vault_name = "abc"
### ok: plain (json)
{
  "vault_name": "abc"
}
### ok: longest
vault_name = "aaaaaaaaaaaaaaaaaaaaaaaa"
### ok: longest (json)
{
  "vault_name": "aaaaaaaaaaaaaaaaaaaaaaaa"
}
### ok: digits-inside
vault_name = "kv-2024-prod"
### ok: digits-inside (json)
{
  "vault_name": "kv-2024-prod"
}
### bad: too-short
vault_name = "ab"
### bad: too-short (json)
{
  "vault_name": "ab"
}
### bad: too-long
vault_name = "aaaaaaaaaaaaaaaaaaaaaaaaa"
### bad: too-long (json)
{
  "vault_name": "aaaaaaaaaaaaaaaaaaaaaaaaa"
}
### bad: double-dash
vault_name = "kv--prod"
### bad: double-dash (json)
{
  "vault_name": "kv--prod"
}
### bad: leading-digit
vault_name = "1kv"
### bad: leading-digit (json)
{
  "vault_name": "1kv"
}
### bad: trailing-dash
vault_name = "kv-"
### bad: trailing-dash (json)
{
  "vault_name": "kv-"
}
### bad: every-rule
vault_name = "-"
### bad: every-rule (json)
{
  "vault_name": "-"
}
### bad: underscore
vault_name = "kv_prod"
### bad: underscore (json)
{
  "vault_name": "kv_prod"
}
