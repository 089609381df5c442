a = 77
getrefcount(a)
b = a
getrefcount(a)
del b
getrefcount(a)
