### ok: defaults
### bad: map-object-and-string
by_name = { a = { fields = { n = 1 } }, b = { fields = "raw" } }
### ok: map-number-and-string
by_name = { a = { fields = { n = 1 } }, b = { fields = { n = "raw" } } }
### ok: map-same
by_name = { a = { fields = [1, 2] }, b = { fields = [3] } }
### bad: list-number-and-bool
in_order = [{ fields = { n = 1 } }, { fields = { n = true }, note = "x" }]
### ok: list-unifies
in_order = [{ fields = "a" }, { fields = 1 }]
### bad: list-object-and-list
in_order = [{ fields = { a = 1 } }, { fields = [1] }]
### bad: set-does-not-unify
unordered = [{ fields = [1] }, { fields = ["raw"] }]
### ok: set-same
unordered = [{ fields = ["a"] }, { fields = ["b"] }]
### bad: map-any-mixed
loose = { a = { x = 1 }, b = "s" }
### ok: map-any-strings
loose = { a = 1, b = "s" }
### ok: null-and-value
in_order = [{ fields = null }, { fields = "s" }]
### bad: json-map (json)
{"by_name": {"a": {"fields": {"n": 1}}, "b": {"fields": "raw"}}}
### ok: json-list (json)
{"in_order": [{"fields": {"n": 1}}, {"fields": {"n": "x"}}]}
