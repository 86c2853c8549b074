# Cases of the map-objects-optional-defaults idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: workspace
diagnostics = {
  a = {
    workspace_id = "w"
  }
}
### ok: workspace (json)
{
  "diagnostics": {
    "a": {
      "workspace_id": "w"
    }
  }
}
### ok: storage-named
diagnostics = {
  a = {
    storage_id = "s"
    name = "n"
    log_groups = []
  }
}
### ok: storage-named (json)
{
  "diagnostics": {
    "a": {
      "storage_id": "s",
      "name": "n",
      "log_groups": []
    }
  }
}
### bad: no-destination
diagnostics = {
  a = {}
}
### bad: no-destination (json)
{
  "diagnostics": {
    "a": {}
  }
}
### bad: bad-type
diagnostics = {
  a = {
    workspace_id = "w"
    destination = "Shared"
  }
}
### bad: bad-type (json)
{
  "diagnostics": {
    "a": {
      "workspace_id": "w",
      "destination": "Shared"
    }
  }
}
### bad: both-rules
diagnostics = {
  a = {
    destination = "x"
  }
}
### bad: both-rules (json)
{
  "diagnostics": {
    "a": {
      "destination": "x"
    }
  }
}
### bad: one-of-two
diagnostics = {
  a = {
    workspace_id = "w"
  }
  b = {
    name = "x"
  }
}
### bad: one-of-two (json)
{
  "diagnostics": {
    "a": {
      "workspace_id": "w"
    },
    "b": {
      "name": "x"
    }
  }
}
### ok: null-means-default
diagnostics = {
  a = {
    workspace_id = "w"
    destination = null
  }
}
### ok: null-means-default (json)
{
  "diagnostics": {
    "a": {
      "workspace_id": "w",
      "destination": null
    }
  }
}
### ok: null-map-takes-default
diagnostics = null
### ok: null-map-takes-default (json)
{
  "diagnostics": null
}
### bad: list-not-map
diagnostics = [{
  workspace_id = "w"
}]
### bad: list-not-map (json)
{
  "diagnostics": [
    {
      "workspace_id": "w"
    }
  ]
}
### ok: extra-attribute-dropped
diagnostics = {
  a = {
    workspace_id = "w"
    colour = "red"
  }
}
### ok: extra-attribute-dropped (json)
{
  "diagnostics": {
    "a": {
      "workspace_id": "w",
      "colour": "red"
    }
  }
}
