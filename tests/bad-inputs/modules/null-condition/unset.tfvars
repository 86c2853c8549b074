# name stays null
