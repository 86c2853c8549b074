# Cases of the prefix-suffix idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: role
role_arn = "arn:aws:iam::123456789012:role/x"
### ok: role (json)
{
  "role_arn": "arn:aws:iam::123456789012:role/x"
}
### ok: bucket
bucket = "my-data"
### ok: bucket (json)
{
  "bucket": "my-data"
}
### bad: role-sts
role_arn = "arn:aws:sts::123456789012:assumed-role/x"
### bad: role-sts (json)
{
  "role_arn": "arn:aws:sts::123456789012:assumed-role/x"
}
### bad: role-empty
role_arn = ""
### bad: role-empty (json)
{
  "role_arn": ""
}
### bad: bucket-prefix
bucket = "xn--abc"
### bad: bucket-prefix (json)
{
  "bucket": "xn--abc"
}
### bad: bucket-suffix
bucket = "abc-s3alias"
### bad: bucket-suffix (json)
{
  "bucket": "abc-s3alias"
}
### bad: domain-dot
domain = "example.com."
### bad: domain-dot (json)
{
  "domain": "example.com."
}
### ok: domain-sub
domain = "a.b.example.com"
### ok: domain-sub (json)
{
  "domain": "a.b.example.com"
}
