cloud_map_namespace_name = "-bad.local"
