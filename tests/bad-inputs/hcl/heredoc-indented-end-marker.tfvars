name = <<EOT
demo
  EOT
