name = "${lower("DEMO")}"
