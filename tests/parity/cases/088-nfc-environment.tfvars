environment = "préprod"
