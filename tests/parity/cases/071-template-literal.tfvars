name = "${"a"}b"
