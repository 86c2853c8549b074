create_backend_role = true
