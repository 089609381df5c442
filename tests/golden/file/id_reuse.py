# Freed memory is reused last-in-first-out per kind and size.
print(id([]) == id([]))
class A:
    pass
print(id(A()) == id(A()))
print(id({}) == id({}))
a = [1]
ia = id(a)
b = [2]
ib = id(b)
del a
del b
c = [3]
print(id(c) == ib)
d = [4]
print(id(d) == ia)
x = 5
t = (x, x)
it = id(t)
del t
u = (x, x, x)
v = (x, x)
print(id(v) == it, id(u) == it)
o1 = A()
i1 = id(o1)
o2 = A()
i2 = id(o2)
del o1
del o2
o3 = A()
print(id(o3) == i2)
