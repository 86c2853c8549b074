# Cases of the unicode-and-escapes idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: accents
display_name = "Zoë Ünal"
### ok: accents (json)
{
  "display_name": "Zoë Ünal"
}
### bad: long-accents
display_name = "Ünïcödé-names"
### bad: long-accents (json)
{
  "display_name": "Ünïcödé-names"
}
### ok: emoji-count
display_name = "hi 👋"
### ok: emoji-count (json)
{
  "display_name": "hi 👋"
}
### ok: nfd-becomes-nfc
display_name = "Café"
### ok: nfd-becomes-nfc (json)
{
  "display_name": "Café"
}
### bad: separator-space
separator = " "
### bad: separator-space (json)
{
  "separator": " "
}
### ok: separator-empty
separator = ""
### ok: separator-empty (json)
{
  "separator": ""
}
### bad: separator-tab
separator = "\t"
### bad: separator-tab (json)
{
  "separator": "\t"
}
### bad: newline-name
display_name = "line\nline\nline"
### bad: newline-name (json)
{
  "display_name": "line\nline\nline"
}
