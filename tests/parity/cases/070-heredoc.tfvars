name = <<-EOT
  heredoc
  EOT
