# Cases of the object-default-with-nulls idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: on
backup = {
  enabled = true
  start_time = "03:00"
  retained_backups = 7
}
### ok: on (json)
{
  "backup": {
    "enabled": true,
    "start_time": "03:00",
    "retained_backups": 7
  }
}
### bad: on-without-time
backup = {
  enabled = true
  start_time = null
  retained_backups = 7
}
### bad: on-without-time (json)
{
  "backup": {
    "enabled": true,
    "start_time": null,
    "retained_backups": 7
  }
}
### bad: partial
backup = {
  enabled = true
}
### bad: partial (json)
{
  "backup": {
    "enabled": true
  }
}
### bad: partial-two
backup = {
  enabled = false
  start_time = "x"
}
### bad: partial-two (json)
{
  "backup": {
    "enabled": false,
    "start_time": "x"
  }
}
### ok: off-nulls
backup = {
  enabled = false
  start_time = null
  retained_backups = null
}
### ok: off-nulls (json)
{
  "backup": {
    "enabled": false,
    "start_time": null,
    "retained_backups": null
  }
}
### bad: enabled-null
backup = {
  enabled = null
  start_time = null
  retained_backups = null
}
### bad: enabled-null (json)
{
  "backup": {
    "enabled": null,
    "start_time": null,
    "retained_backups": null
  }
}
### bad: backup-null-attribute-error
backup = null
### bad: backup-null-attribute-error (json)
{
  "backup": null
}
