ecr_untagged_image_expiry_days = 0
