a=1
bbb = {
x=1
  yy   = [1,2,  3]
    z = {k="v"}
}
cc = 2 # note
dddd = "x"   // other
e = []

f = {}
g = [
1,
2,
]
h = -1
i = {
a = 1, b = 2
}
j = ["a", "b"] # c1
kkkkk = true     # c2
/* block */ l = null
m = <<EOT
  keep   this
EOT
n = 1
