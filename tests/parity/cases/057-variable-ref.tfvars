name = var.other
