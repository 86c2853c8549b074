optional_note = "hello"
