### ok: plain
name = "y"
tags = { a = "1" }
### bad: set-twice
name = "y"
name = "z"
### bad: bad-escape
tags = { a = "\q" }
### bad: unterminated
name = "y
tags = {}
### bad: unclosed-object
tags = { a = "1"
### bad: json-twice (json)
{"name": "y", "name": "z"}
### bad: json-key-twice-in-value (json)
{"tags": {"a": "1", "a": "2"}}
### bad: json-bad-escape (json)
{"tags": {"a": "\q"}}
### bad: json-unterminated (json)
{"name": "y
