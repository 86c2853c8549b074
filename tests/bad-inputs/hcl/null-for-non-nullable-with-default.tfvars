az_count = null
name = null
