### ok: defaults
### ok: empty-days
days = []
### bad: some-days
days = ["MONDAY"]
### ok: empty-tags
tags = []
### bad: one-tag
tags = ["x"]
### ok: two-tags
tags = ["x", "y"]
### ok: empty-pairs
pairs = {}
### bad: pairs-without-a
pairs = { b = "1" }
### ok: pairs-with-a
pairs = { a = "1" }
### ok: json-empty (json)
{"days": [], "tags": [], "pairs": {}}
### bad: json-days (json)
{"days": ["TUESDAY"]}
