tags = {
  "Équipe" = "Données ☕"
}
