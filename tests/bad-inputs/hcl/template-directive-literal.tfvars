name = "%{ if true }demo%{ endif }"
