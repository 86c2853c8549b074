name = <<EOT
${var.project}
EOT
