log_group_name = "/sockerless/con tainers"
