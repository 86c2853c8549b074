name = <<-EOT
    demo
    EOT
