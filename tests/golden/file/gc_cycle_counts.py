import gc
gc.collect()
a = []
a.append(a)
del a
print(gc.collect())

class N:
    pass

x = N()
y = N()
x.o = y
y.o = x
del x, y
print(gc.collect())

def outer():
    def rec(n):
        return rec(n - 1) if n else 0
    return rec

f = outer()
print(f(3))
del f
print(gc.collect())

class M:
    def go(self):
        pass

m = M()
m.bound = m.go
del m
print(gc.collect())
d = {}
d['self'] = d
del d
print(gc.collect())
e1 = {}
e2 = [e1]
e1['l'] = e2
del e1, e2
print(gc.collect())
print(gc.collect())
