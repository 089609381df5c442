x = [1, 2]
getrefcount(x)
x
getrefcount(x)
_
y = 5
y
1 + 1
None
'text'
_
getrefcount(x)
