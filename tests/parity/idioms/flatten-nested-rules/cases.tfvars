# Cases of the flatten-nested-rules idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: web
groups = {
  web = {
    rules = [{
      port = 80
    }, {
      port = 443
      protocol = "TCP"
    }]
  }
}
### ok: web (json)
{
  "groups": {
    "web": {
      "rules": [
        {
          "port": 80
        },
        {
          "port": 443,
          "protocol": "TCP"
        }
      ]
    }
  }
}
### bad: high-port
groups = {
  web = {
    rules = [{
      port = 70000
    }]
  }
}
### bad: high-port (json)
{
  "groups": {
    "web": {
      "rules": [
        {
          "port": 70000
        }
      ]
    }
  }
}
### bad: protocol
groups = {
  web = {
    rules = [{
      port = 1
      protocol = "sctp"
    }]
  }
}
### bad: protocol (json)
{
  "groups": {
    "web": {
      "rules": [
        {
          "port": 1,
          "protocol": "sctp"
        }
      ]
    }
  }
}
### bad: second-group
groups = {
  a = {
    rules = []
  }
  b = {
    rules = [{
      port = -1
    }]
  }
}
### bad: second-group (json)
{
  "groups": {
    "a": {
      "rules": []
    },
    "b": {
      "rules": [
        {
          "port": -1
        }
      ]
    }
  }
}
### ok: empty-rules
groups = {
  a = {
    rules = []
  }
}
### ok: empty-rules (json)
{
  "groups": {
    "a": {
      "rules": []
    }
  }
}
### bad: rules-missing
groups = {
  a = {}
}
### bad: rules-missing (json)
{
  "groups": {
    "a": {}
  }
}
