availability_zones = [for z in ["a", "b"] : "eu-west-1${z}"]
