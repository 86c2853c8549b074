a = 1 # x
# standalone
bb = 2 # y
# indented standalone
c = {}
d = []
e = [1, 2]
f = { a = 1, "b c" = 2 }
g = [-1, -2, 1.5e3]
h = {
  # inside
  k = "v" # kc
  kk = ["x",
  "y"]
}
i = "a${"b"}c"
j = [
  {
    a = 1
  },
  { b = 2 },
]
k = null
