# Cases of the lookup-objects idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: large
size = "large"
### ok: large (json)
{
  "size": "large"
}
### bad: unknown-size
size = "huge"
### bad: unknown-size (json)
{
  "size": "huge"
}
### ok: custom-sizes
sizes = {
  x = {
    cpu = 1
    memory = 2
  }
}
size = "x"
### ok: custom-sizes (json)
{
  "sizes": {
    "x": {
      "cpu": 1,
      "memory": 2
    }
  },
  "size": "x"
}
### bad: tight-memory
sizes = {
  x = {
    cpu = 4
    memory = 4
  }
}
size = "x"
### bad: tight-memory (json)
{
  "sizes": {
    "x": {
      "cpu": 4,
      "memory": 4
    }
  },
  "size": "x"
}
### bad: missing-memory
sizes = {
  x = {
    cpu = 4
  }
}
size = "x"
### bad: missing-memory (json)
{
  "sizes": {
    "x": {
      "cpu": 4
    }
  },
  "size": "x"
}
### bad: invalid-sizes-skip
sizes = {
  x = {
    cpu = "many"
    memory = 1
  }
}
size = "y"
### bad: invalid-sizes-skip (json)
{
  "sizes": {
    "x": {
      "cpu": "many",
      "memory": 1
    }
  },
  "size": "y"
}
