create_backend_role     = true
backend_role_principals = ["arn:aws:iam::123456789012:group/ops", "ci-runner"]
