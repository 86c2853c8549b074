availability_zones = [lower("EU-WEST-1A")]
