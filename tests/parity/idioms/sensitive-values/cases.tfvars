# Cases of the sensitive-values idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: password
admin_password = "12345678"
### ok: password (json)
{
  "admin_password": "12345678"
}
### bad: short-password
admin_password = "1234567"
### bad: short-password (json)
{
  "admin_password": "1234567"
}
### bad: token-shown-redacted
api_token = "abc"
### bad: token-shown-redacted (json)
{
  "api_token": "abc"
}
### ok: token
api_token = "tok_123"
### ok: token (json)
{
  "api_token": "tok_123"
}
### bad: password-number
admin_password = 1234567
### bad: password-number (json)
{
  "admin_password": 1234567
}
### ok: password-long-number
admin_password = 123456789
### ok: password-long-number (json)
{
  "admin_password": 123456789
}
