# Cases of the version-strings idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: lower-prefix
database_version = "postgres_9_6"
### ok: lower-prefix (json)
{
  "database_version": "postgres_9_6"
}
### ok: digits-only
database_version = "14"
### ok: digits-only (json)
{
  "database_version": "14"
}
### ok: underscored
database_version = "9_6"
### ok: underscored (json)
{
  "database_version": "9_6"
}
### bad: mysql
database_version = "MYSQL_8_0"
### bad: mysql (json)
{
  "database_version": "MYSQL_8_0"
}
### bad: double-underscore
database_version = "POSTGRES_9__6"
### bad: double-underscore (json)
{
  "database_version": "POSTGRES_9__6"
}
### bad: short
database_version = "PG"
### bad: short (json)
{
  "database_version": "PG"
}
### bad: prefix-only
database_version = "POSTGRES_"
### bad: prefix-only (json)
{
  "database_version": "POSTGRES_"
}
### ok: k8s
kubernetes_version = "1.30"
### ok: k8s (json)
{
  "kubernetes_version": "1.30"
}
### bad: k8s-patch
kubernetes_version = "1.30.2"
### bad: k8s-patch (json)
{
  "kubernetes_version": "1.30.2"
}
### bad: k8s-v
kubernetes_version = "v1.30"
### bad: k8s-v (json)
{
  "kubernetes_version": "v1.30"
}
