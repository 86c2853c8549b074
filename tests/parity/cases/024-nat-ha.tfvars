az_count          = 3
nat_gateway_count = 3
