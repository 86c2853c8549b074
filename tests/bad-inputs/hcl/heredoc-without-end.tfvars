name = <<EOT
demo
project = "x"
