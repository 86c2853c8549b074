# Cases of the lifecycle-rules idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: delete-old
lifecycle_rules = {
  old = {
    action = {
      type = "Delete"
    }
    condition = {
      age = 30
    }
  }
}
### ok: delete-old (json)
{
  "lifecycle_rules": {
    "old": {
      "action": {
        "type": "Delete"
      },
      "condition": {
        "age": 30
      }
    }
  }
}
### ok: archive
lifecycle_rules = {
  a = {
    action = {
      type = "SetStorageClass"
      storage_class = "ARCHIVE"
    }
    condition = {}
  }
}
### ok: archive (json)
{
  "lifecycle_rules": {
    "a": {
      "action": {
        "type": "SetStorageClass",
        "storage_class": "ARCHIVE"
      },
      "condition": {}
    }
  }
}
### bad: archive-without-class
lifecycle_rules = {
  a = {
    action = {
      type = "SetStorageClass"
    }
    condition = {}
  }
}
### bad: archive-without-class (json)
{
  "lifecycle_rules": {
    "a": {
      "action": {
        "type": "SetStorageClass"
      },
      "condition": {}
    }
  }
}
### bad: unknown-action
lifecycle_rules = {
  a = {
    action = {
      type = "Move"
    }
    condition = {}
  }
}
### bad: unknown-action (json)
{
  "lifecycle_rules": {
    "a": {
      "action": {
        "type": "Move"
      },
      "condition": {}
    }
  }
}
### bad: null-action
lifecycle_rules = {
  a = {
    action = null
    condition = {}
  }
}
### bad: null-action (json)
{
  "lifecycle_rules": {
    "a": {
      "action": null,
      "condition": {}
    }
  }
}
### bad: missing-condition
lifecycle_rules = {
  a = {
    action = {
      type = "Delete"
    }
  }
}
### bad: missing-condition (json)
{
  "lifecycle_rules": {
    "a": {
      "action": {
        "type": "Delete"
      }
    }
  }
}
### ok: prefixes
lifecycle_rules = {
  p = {
    action = {
      type = "Delete"
    }
    condition = {
      matches_prefix = ["tmp/", "cache/"]
    }
  }
}
### ok: prefixes (json)
{
  "lifecycle_rules": {
    "p": {
      "action": {
        "type": "Delete"
      },
      "condition": {
        "matches_prefix": [
          "tmp/",
          "cache/"
        ]
      }
    }
  }
}
