# Cases of the keys-and-permissions idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: rsa
keys = {
  k = {
    key_type = "RSA"
    key_size = 2048
  }
}
### ok: rsa (json)
{
  "keys": {
    "k": {
      "key_type": "RSA",
      "key_size": 2048
    }
  }
}
### bad: hsm-standard
keys = {
  k = {
    key_type = "RSA-HSM"
  }
}
### bad: hsm-standard (json)
{
  "keys": {
    "k": {
      "key_type": "RSA-HSM"
    }
  }
}
### ok: hsm-premium
sku = "premium"
keys = {
  k = {
    key_type = "EC-HSM"
  }
}
### ok: hsm-premium (json)
{
  "sku": "premium",
  "keys": {
    "k": {
      "key_type": "EC-HSM"
    }
  }
}
### bad: bad-type
keys = {
  k = {
    key_type = "AES"
  }
}
### bad: bad-type (json)
{
  "keys": {
    "k": {
      "key_type": "AES"
    }
  }
}
### bad: bad-sku-skips-keys
sku = "basic"
keys = {
  k = {
    key_type = "RSA-HSM"
  }
}
### bad: bad-sku-skips-keys (json)
{
  "sku": "basic",
  "keys": {
    "k": {
      "key_type": "RSA-HSM"
    }
  }
}
### ok: permissions
policies = {
  p = {
    object_id = "o"
    permissions = ["Get", "List"]
  }
}
### ok: permissions (json)
{
  "policies": {
    "p": {
      "object_id": "o",
      "permissions": [
        "Get",
        "List"
      ]
    }
  }
}
### bad: unknown-permission
policies = {
  p = {
    object_id = "o"
    permissions = ["Get", "Purge"]
  }
}
### bad: unknown-permission (json)
{
  "policies": {
    "p": {
      "object_id": "o",
      "permissions": [
        "Get",
        "Purge"
      ]
    }
  }
}
### bad: no-permission
policies = {
  p = {
    object_id = "o"
  }
}
### bad: no-permission (json)
{
  "policies": {
    "p": {
      "object_id": "o"
    }
  }
}
### ok: duplicate-permissions
policies = {
  p = {
    object_id = "o"
    permissions = ["Get", "Get"]
  }
}
### ok: duplicate-permissions (json)
{
  "policies": {
    "p": {
      "object_id": "o",
      "permissions": [
        "Get",
        "Get"
      ]
    }
  }
}
