name = "Kelvin"
