# Cases of the number-ranges idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: window-7
deletion_window = 7
### ok: window-7 (json)
{
  "deletion_window": 7
}
### ok: window-30
deletion_window = 30
### ok: window-30 (json)
{
  "deletion_window": 30
}
### bad: window-6
deletion_window = 6
### bad: window-6 (json)
{
  "deletion_window": 6
}
### bad: window-31
deletion_window = 31
### bad: window-31 (json)
{
  "deletion_window": 31
}
### ok: window-string-number
deletion_window = "10"
### ok: window-string-number (json)
{
  "deletion_window": "10"
}
### bad: window-word
deletion_window = "ten"
### bad: window-word (json)
{
  "deletion_window": "ten"
}
### ok: retention-365
retention_days = 365
### ok: retention-365 (json)
{
  "retention_days": 365
}
### bad: retention-100
retention_days = 100
### bad: retention-100 (json)
{
  "retention_days": 100
}
### ok: retention-string
retention_days = "30"
### ok: retention-string (json)
{
  "retention_days": "30"
}
### bad: replicas-half
replicas = 1.5
### bad: replicas-half (json)
{
  "replicas": 1.5
}
### bad: replicas-zero
replicas = 0
### bad: replicas-zero (json)
{
  "replicas": 0
}
### ok: replicas-big
replicas = 1000000
### ok: replicas-big (json)
{
  "replicas": 1000000
}
