# Cases of the loose-collections idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: cors-maps
cors = [{
  origin = ["*"]
  max_age = "3600"
}]
### ok: cors-maps (json)
{
  "cors": [
    {
      "origin": [
        "*"
      ],
      "max_age": "3600"
    }
  ]
}
### bad: cors-mixed
cors = [{
  origin = ["*"]
}, {
  max_age = 1
}]
### bad: cors-mixed (json)
{
  "cors": [
    {
      "origin": [
        "*"
      ]
    },
    {
      "max_age": 1
    }
  ]
}
### bad: cors-three
cors = [{
  a = 1
}, {
  a = 2
}, {
  a = 3
}]
### bad: cors-three (json)
{
  "cors": [
    {
      "a": 1
    },
    {
      "a": 2
    },
    {
      "a": 3
    }
  ]
}
### ok: cors-duplicates
cors = [{
  a = 1
}, {
  a = 1
}, {
  a = 1
}]
### ok: cors-duplicates (json)
{
  "cors": [
    {
      "a": 1
    },
    {
      "a": 1
    },
    {
      "a": 1
    }
  ]
}
### ok: versioning
versioning = {
  a = true
  b = "false"
}
### ok: versioning (json)
{
  "versioning": {
    "a": true,
    "b": "false"
  }
}
### bad: versioning-word
versioning = {
  a = "yes"
}
### bad: versioning-word (json)
{
  "versioning": {
    "a": "yes"
  }
}
### ok: website
website = {
  main_page_suffix = "index.html"
}
### ok: website (json)
{
  "website": {
    "main_page_suffix": "index.html"
  }
}
### bad: website-key
website = {
  index = "index.html"
}
### bad: website-key (json)
{
  "website": {
    "index": "index.html"
  }
}
### bad: website-mixed
website = {
  main_page_suffix = "i"
  not_found_page = ["404"]
}
### bad: website-mixed (json)
{
  "website": {
    "main_page_suffix": "i",
    "not_found_page": [
      "404"
    ]
  }
}
