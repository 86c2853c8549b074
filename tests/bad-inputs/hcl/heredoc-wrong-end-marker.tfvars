name = <<EOT
demo
EOF
