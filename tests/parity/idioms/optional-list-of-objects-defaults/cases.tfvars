# Cases of the optional-list-of-objects-defaults idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: plain
listeners = {
  web = {
    port = 443
  }
}
### ok: plain (json)
{
  "listeners": {
    "web": {
      "port": 443
    }
  }
}
### ok: rules
listeners = {
  web = {
    port = 443
    rules = [{
      path = "/a"
    }, {
      path = "/b"
      priority = 7
      methods = ["POST"]
    }]
  }
}
### ok: rules (json)
{
  "listeners": {
    "web": {
      "port": 443,
      "rules": [
        {
          "path": "/a"
        },
        {
          "path": "/b",
          "priority": 7,
          "methods": [
            "POST"
          ]
        }
      ]
    }
  }
}
### bad: protocol
listeners = {
  web = {
    port = 21
    protocol = "FTP"
  }
}
### bad: protocol (json)
{
  "listeners": {
    "web": {
      "port": 21,
      "protocol": "FTP"
    }
  }
}
### bad: priority-zero
listeners = {
  web = {
    port = 443
    rules = [{
      path = "/a"
      priority = 0
    }]
  }
}
### bad: priority-zero (json)
{
  "listeners": {
    "web": {
      "port": 443,
      "rules": [
        {
          "path": "/a",
          "priority": 0
        }
      ]
    }
  }
}
### bad: method
listeners = {
  web = {
    port = 443
    rules = [{
      path = "/a"
      methods = ["PATCH"]
    }]
  }
}
### bad: method (json)
{
  "listeners": {
    "web": {
      "port": 443,
      "rules": [
        {
          "path": "/a",
          "methods": [
            "PATCH"
          ]
        }
      ]
    }
  }
}
### bad: path-missing
listeners = {
  web = {
    port = 443
    rules = [{
      priority = 5
    }]
  }
}
### bad: path-missing (json)
{
  "listeners": {
    "web": {
      "port": 443,
      "rules": [
        {
          "priority": 5
        }
      ]
    }
  }
}
### ok: null-rules-default
listeners = {
  web = {
    port = 80
    protocol = "HTTP"
    rules = null
  }
}
### ok: null-rules-default (json)
{
  "listeners": {
    "web": {
      "port": 80,
      "protocol": "HTTP",
      "rules": null
    }
  }
}
### bad: port-word
listeners = {
  web = {
    port = "https"
  }
}
### bad: port-word (json)
{
  "listeners": {
    "web": {
      "port": "https"
    }
  }
}
### ok: two-listeners
listeners = {
  a = {
    port = 80
  }
  b = {
    port = 81
    rules = [{
      path = "/"
    }]
  }
}
### ok: two-listeners (json)
{
  "listeners": {
    "a": {
      "port": 80
    },
    "b": {
      "port": 81,
      "rules": [
        {
          "path": "/"
        }
      ]
    }
  }
}
