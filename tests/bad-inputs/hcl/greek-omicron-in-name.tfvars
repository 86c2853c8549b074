prοject = "sockerless"
