container_insights_enabled = "false"
