name = var.project
