# Cases of the tfvars-expressions idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: arithmetic
sizes = [1 + 1, 2 * 3, 10 / 4]
### ok: conditional
name = true ? "short" : "a very long name"
### bad: conditional-long
name = false ? "short" : "far too long"
### ok: template
name = "app-${1 + 1}"
### bad: function
name = lower("APP")
### bad: reference
name = local.name
### bad: index-out-of-range
sizes = [1, 2][3]
### ok: for-expression
sizes = [for x in [1, 2, 3] : x * 2]
### ok: splat
settings = { for k, v in { a = 1, b = 2 } : k => v }
### bad: function-and-type-error
name = upper("x")
sizes = "many"
### ok: heredoc
name = <<EOT
ab
EOT
### bad: heredoc-long
name = <<EOT
abcdefghij
EOT
