az_count          = 2
nat_gateway_count = 3
