### ok: defaults
### ok: map-without-optional
pools = { a = { name = "x" } }
### ok: map-mixed
pools = { a = { name = "x" }, b = { name = "y", size = 3 } }
### bad: map-missing-required
pools = { a = { size = 3 } }
### bad: map-wrong-type
pools = { a = { name = "x", size = "big" } }
### ok: list-without-optional
rules = [{ port = 80 }, { port = 22, proto = "tcp", cidrs = ["10.0.0.0/8"] }]
### bad: list-missing-port
rules = [{ proto = "tcp" }]
### bad: set-without-role
members = [{ id = "a" }, { id = "b", role = "reader" }]
### bad: set-bad-role
members = [{ id = "a" }, { id = "b", role = "owner" }]
### ok: nested-optional-object
nested = { a = [{ key = "k" }, { key = "l", extra = {} }, { key = "m", extra = { note = "n" } }] }
### bad: nested-wrong-note
nested = { a = [{ key = "k", extra = { note = ["n"] } }] }
### ok: json-map (json)
{"pools": {"a": {"name": "x"}}, "rules": [{"port": 1}]}
### bad: json-set-role (json)
{"members": [{"id": "a", "role": "admin"}]}
### ok: set-all-roles
members = [{ id = "a", role = "writer" }, { id = "b", role = "reader" }]
