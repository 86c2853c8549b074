# Cases of the optional-without-default-collections idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: sized
node_pools = {
  p = {
    machine = "m"
    min = 1
    max = 3
  }
}
### ok: sized (json)
{
  "node_pools": {
    "p": {
      "machine": "m",
      "min": 1,
      "max": 3
    }
  }
}
### bad: min-over-max
node_pools = {
  p = {
    machine = "m"
    min = 5
    max = 3
  }
}
### bad: min-over-max (json)
{
  "node_pools": {
    "p": {
      "machine": "m",
      "min": 5,
      "max": 3
    }
  }
}
### ok: only-min
node_pools = {
  p = {
    machine = "m"
    min = 5
  }
}
### ok: only-min (json)
{
  "node_pools": {
    "p": {
      "machine": "m",
      "min": 5
    }
  }
}
### ok: taints
node_pools = {
  p = {
    machine = "m"
    taints = [{
      key = "k"
    }, {
      key = "l"
      effect = "NoExecute"
    }]
  }
}
### ok: taints (json)
{
  "node_pools": {
    "p": {
      "machine": "m",
      "taints": [
        {
          "key": "k"
        },
        {
          "key": "l",
          "effect": "NoExecute"
        }
      ]
    }
  }
}
### bad: taint-effect
node_pools = {
  p = {
    machine = "m"
    taints = [{
      key = "k"
      effect = "Prefer"
    }]
  }
}
### bad: taint-effect (json)
{
  "node_pools": {
    "p": {
      "machine": "m",
      "taints": [
        {
          "key": "k",
          "effect": "Prefer"
        }
      ]
    }
  }
}
### bad: machine-missing
node_pools = {
  p = {
    min = 1
  }
}
### bad: machine-missing (json)
{
  "node_pools": {
    "p": {
      "min": 1
    }
  }
}
### ok: labels
node_pools = {
  p = {
    machine = "m"
    labels = {
      a = "b"
    }
  }
}
### ok: labels (json)
{
  "node_pools": {
    "p": {
      "machine": "m",
      "labels": {
        "a": "b"
      }
    }
  }
}
### bad: taint-key-missing
node_pools = {
  p = {
    machine = "m"
    taints = [{
      effect = "NoExecute"
    }]
  }
}
### bad: taint-key-missing (json)
{
  "node_pools": {
    "p": {
      "machine": "m",
      "taints": [
        {
          "effect": "NoExecute"
        }
      ]
    }
  }
}
