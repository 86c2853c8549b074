# Cases of the list-objects-optional idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: one-pool
pools = [{
  id = "p"
  prefix_length = 24
}]
### ok: one-pool (json)
{
  "pools": [
    {
      "id": "p",
      "prefix_length": 24
    }
  ]
}
### ok: v4-and-v6
pools = [{
  id = "a"
  prefix_length = 24
}, {
  id = "b"
  prefix_length = 64
}]
### ok: v4-and-v6 (json)
{
  "pools": [
    {
      "id": "a",
      "prefix_length": 24
    },
    {
      "id": "b",
      "prefix_length": 64
    }
  ]
}
### bad: prefix-30
pools = [{
  id = "p"
  prefix_length = 30
}]
### bad: prefix-30 (json)
{
  "pools": [
    {
      "id": "p",
      "prefix_length": 30
    }
  ]
}
### bad: neither
pools = [{
  id = "p"
}]
### bad: neither (json)
{
  "pools": [
    {
      "id": "p"
    }
  ]
}
### bad: empty
pools = []
### bad: empty (json)
{
  "pools": []
}
### bad: three
pools = [{
  id = "a"
  addresses = "8"
}, {
  id = "b"
  addresses = "8"
}, {
  id = "c"
  addresses = "8"
}]
### bad: three (json)
{
  "pools": [
    {
      "id": "a",
      "addresses": "8"
    },
    {
      "id": "b",
      "addresses": "8"
    },
    {
      "id": "c",
      "addresses": "8"
    }
  ]
}
### ok: addresses-number
pools = [{
  id = "a"
  addresses = 256
}]
### ok: addresses-number (json)
{
  "pools": [
    {
      "id": "a",
      "addresses": 256
    }
  ]
}
### bad: id-missing
pools = [{
  prefix_length = 24
}]
### bad: id-missing (json)
{
  "pools": [
    {
      "prefix_length": 24
    }
  ]
}
### bad: invalid-guard-var
ipam_pools_ok = "maybe"
pools = [{
  id = "p"
  prefix_length = 30
}]
### bad: invalid-guard-var (json)
{
  "ipam_pools_ok": "maybe",
  "pools": [
    {
      "id": "p",
      "prefix_length": 30
    }
  ]
}
