# Cases of the nested-optional-objects idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: next-hop
routes = {
  r = {
    next_hop_ip = "10.0.0.1"
  }
}
### ok: next-hop (json)
{
  "routes": {
    "r": {
      "next_hop_ip": "10.0.0.1"
    }
  }
}
### ok: default-routing
routes = {
  r = {
    use_default_routing = true
    filter = {
      protocol = "TCP"
    }
  }
}
### ok: default-routing (json)
{
  "routes": {
    "r": {
      "use_default_routing": true,
      "filter": {
        "protocol": "TCP"
      }
    }
  }
}
### bad: neither
routes = {
  r = {}
}
### bad: neither (json)
{
  "routes": {
    "r": {}
  }
}
### bad: both
routes = {
  r = {
    use_default_routing = true
    next_hop_ip = "10.0.0.1"
  }
}
### bad: both (json)
{
  "routes": {
    "r": {
      "use_default_routing": true,
      "next_hop_ip": "10.0.0.1"
    }
  }
}
### bad: protocol
routes = {
  r = {
    next_hop_ip = "1.1.1.1"
    filter = {
      protocol = "ICMP"
    }
  }
}
### bad: protocol (json)
{
  "routes": {
    "r": {
      "next_hop_ip": "1.1.1.1",
      "filter": {
        "protocol": "ICMP"
      }
    }
  }
}
### bad: target-both
routes = {
  r = {
    next_hop_ip = "1.1.1.1"
    target = {
      tags = ["a"]
      attachment = "x"
    }
  }
}
### bad: target-both (json)
{
  "routes": {
    "r": {
      "next_hop_ip": "1.1.1.1",
      "target": {
        "tags": [
          "a"
        ],
        "attachment": "x"
      }
    }
  }
}
### ok: target-tags
routes = {
  r = {
    next_hop_ip = "1.1.1.1"
    target = {
      tags = ["a"]
    }
  }
}
### ok: target-tags (json)
{
  "routes": {
    "r": {
      "next_hop_ip": "1.1.1.1",
      "target": {
        "tags": [
          "a"
        ]
      }
    }
  }
}
### ok: filter-null-takes-default
routes = {
  r = {
    next_hop_ip = "1.1.1.1"
    filter = null
  }
}
### ok: filter-null-takes-default (json)
{
  "routes": {
    "r": {
      "next_hop_ip": "1.1.1.1",
      "filter": null
    }
  }
}
### bad: priority-word
routes = {
  r = {
    next_hop_ip = "1.1.1.1"
    priority = "high"
  }
}
### bad: priority-word (json)
{
  "routes": {
    "r": {
      "next_hop_ip": "1.1.1.1",
      "priority": "high"
    }
  }
}
