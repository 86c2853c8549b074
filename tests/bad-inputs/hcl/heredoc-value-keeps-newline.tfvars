name = <<EOT
demo
EOT
