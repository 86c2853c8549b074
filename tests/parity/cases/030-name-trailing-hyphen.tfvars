name = "socker-"
