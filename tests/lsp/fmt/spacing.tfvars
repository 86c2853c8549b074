g = [
-1,
  - 2,
]
h = {a: 1, "b": 2}



x = 1   
# trailing spaces in comment   
y	=	2

