name = <<EOT
demo
