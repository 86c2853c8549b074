# Cases of the timestamps-and-json idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: timestamp
expires_at = "2030-01-31T00:00:00Z"
### ok: timestamp (json)
{
  "expires_at": "2030-01-31T00:00:00Z"
}
### ok: timestamp-offset
expires_at = "2030-01-31T10:00:00+02:00"
### ok: timestamp-offset (json)
{
  "expires_at": "2030-01-31T10:00:00+02:00"
}
### bad: date-only
expires_at = "2030-01-31"
### bad: date-only (json)
{
  "expires_at": "2030-01-31"
}
### bad: words
expires_at = "tomorrow"
### bad: words (json)
{
  "expires_at": "tomorrow"
}
### ok: policy
policy = "{\"Version\": \"2012-10-17\", \"Statement\": []}"
### ok: policy (json)
{
  "policy": "{\"Version\": \"2012-10-17\", \"Statement\": []}"
}
### bad: policy-version
policy = "{\"Version\": \"2008-10-17\"}"
### bad: policy-version (json)
{
  "policy": "{\"Version\": \"2008-10-17\"}"
}
### bad: policy-not-json
policy = "Version: 1"
### bad: policy-not-json (json)
{
  "policy": "Version: 1"
}
### ok: policy-array
policy = "[1, 2]"
### ok: policy-array (json)
{
  "policy": "[1, 2]"
}
### ok: window-minutes
window = "90m"
### ok: window-minutes (json)
{
  "window": "90m"
}
### ok: window-mixed
window = "1h30m"
### ok: window-mixed (json)
{
  "window": "1h30m"
}
### bad: window-days
window = "2d"
### bad: window-days (json)
{
  "window": "2d"
}
### bad: window-bare
window = "10"
### bad: window-bare (json)
{
  "window": "10"
}
