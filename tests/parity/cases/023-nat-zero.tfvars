nat_gateway_count = 0
