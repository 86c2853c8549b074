kms_key_arn = "arn:aws:s3:::bucket"
