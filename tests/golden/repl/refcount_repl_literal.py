a = 1000
getrefcount(a)
b = [a]
getrefcount(a)
def f():
    return 123456

r = f()
getrefcount(r)
del f
getrefcount(r)
