cloud_map_namespace_name = "svc.local."
