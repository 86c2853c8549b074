iam_permissions_boundary_arn = "arn:aws:iam::123456789012:policy/boundary"
