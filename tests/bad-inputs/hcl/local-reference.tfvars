name = local.name
