# Cases of the any-inside-objects idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: same-shape
addons = {
  a = {
    config = {
      x = 1
    }
  }
  b = {
    config = {
      x = 2
    }
  }
}
### ok: same-shape (json)
{
  "addons": {
    "a": {
      "config": {
        "x": 1
      }
    },
    "b": {
      "config": {
        "x": 2
      }
    }
  }
}
### bad: different-shapes
addons = {
  a = {
    config = {
      x = 1
    }
  }
  b = {
    config = "raw"
  }
}
### bad: different-shapes (json)
{
  "addons": {
    "a": {
      "config": {
        "x": 1
      }
    },
    "b": {
      "config": "raw"
    }
  }
}
### bad: one-without-config-is-null-any
addons = {
  a = {
    config = {
      x = 1
    }
  }
  b = {
    version = "1"
  }
}
### bad: one-without-config-is-null-any (json)
{
  "addons": {
    "a": {
      "config": {
        "x": 1
      }
    },
    "b": {
      "version": "1"
    }
  }
}
### ok: unifiable
statements = [{
  effect = "Allow"
  detail = "a"
}, {
  effect = "Deny"
  detail = 2
}]
### ok: unifiable (json)
{
  "statements": [
    {
      "effect": "Allow",
      "detail": "a"
    },
    {
      "effect": "Deny",
      "detail": 2
    }
  ]
}
### bad: not-unifiable
statements = [{
  effect = "Allow"
  detail = {
    a = 1
  }
}, {
  effect = "Deny"
  detail = [1]
}]
### bad: not-unifiable (json)
{
  "statements": [
    {
      "effect": "Allow",
      "detail": {
        "a": 1
      }
    },
    {
      "effect": "Deny",
      "detail": [
        1
      ]
    }
  ]
}
### bad: effect
statements = [{
  effect = "Maybe"
  detail = 1
}]
### bad: effect (json)
{
  "statements": [
    {
      "effect": "Maybe",
      "detail": 1
    }
  ]
}
### ok: lists-of-strings
statements = [{
  effect = "Allow"
  detail = ["a"]
}, {
  effect = "Allow"
  detail = ["b", "c"]
}]
### ok: lists-of-strings (json)
{
  "statements": [
    {
      "effect": "Allow",
      "detail": [
        "a"
      ]
    },
    {
      "effect": "Allow",
      "detail": [
        "b",
        "c"
      ]
    }
  ]
}
