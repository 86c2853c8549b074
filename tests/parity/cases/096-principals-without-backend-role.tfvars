backend_role_principals = ["arn:aws:iam::123456789012:role/ci"]
