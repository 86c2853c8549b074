name = "${var.project}-demo"
