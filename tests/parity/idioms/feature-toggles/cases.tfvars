# Cases of the feature-toggles idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: scaling
node_pool = {
  name = "p"
  vm_size = "s"
  auto_scaling_enabled = true
}
### ok: scaling (json)
{
  "node_pool": {
    "name": "p",
    "vm_size": "s",
    "auto_scaling_enabled": true
  }
}
### bad: scaling-availability-set
node_pool = {
  name = "p"
  vm_size = "s"
  auto_scaling_enabled = true
  type = "AvailabilitySet"
}
### bad: scaling-availability-set (json)
{
  "node_pool": {
    "name": "p",
    "vm_size": "s",
    "auto_scaling_enabled": true,
    "type": "AvailabilitySet"
  }
}
### ok: availability-set
node_pool = {
  name = "p"
  vm_size = "s"
  type = "AvailabilitySet"
}
### ok: availability-set (json)
{
  "node_pool": {
    "name": "p",
    "vm_size": "s",
    "type": "AvailabilitySet"
  }
}
### bad: feature-without-switch
networking = {
  security = true
}
### bad: feature-without-switch (json)
{
  "networking": {
    "security": true
  }
}
### ok: feature-with-switch
networking = {
  security = true
  enabled = true
}
### ok: feature-with-switch (json)
{
  "networking": {
    "security": true,
    "enabled": true
  }
}
### bad: null-networking
networking = null
### bad: null-networking (json)
{
  "networking": null
}
### bad: pool-without-size
node_pool = {
  name = "p"
}
### bad: pool-without-size (json)
{
  "node_pool": {
    "name": "p"
  }
}
