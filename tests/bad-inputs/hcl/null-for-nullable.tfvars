log_group_name = null
