# weakref.WeakMethod: a weak reference to a bound method, dead when its
# object or its function dies; equality and hashing (test_weakref's
# WeakMethodTestCase, in small).
import weakref
import gc


class Obj:
    def __init__(self, x):
        self.x = x

    def some_method(self):
        return 4

    def other_method(self):
        return 5

    def __eq__(self, other):
        return self.x == other.x

    def __hash__(self):
        return hash(self.x)


o = Obj(1)
r = weakref.WeakMethod(o.some_method)
print(isinstance(r, weakref.ref), isinstance(r, weakref.WeakMethod))
m = r()
print(type(m).__name__, m(), m.__self__ is o, m == o.some_method)
del m
print(r() is not None)
del o
print(r())

calls = []
o = Obj(2)
r = weakref.WeakMethod(o.some_method, calls.append)
print(len(calls))
del o
print(len(calls), calls[0] is r, r())


# the function dying kills the WeakMethod too
class Dyn:
    pass


def method(self):
    return 'dyn'


Dyn.method = method
del method
d = Dyn()
r2 = weakref.WeakMethod(d.method, lambda w: print('dead', w is r2))
print(r2()())
del Dyn.method
gc.collect()
print(r2())

# equality: same object and function, alive
x, y = Obj(1), Obj(1)
a = weakref.WeakMethod(x.some_method)
b = weakref.WeakMethod(x.some_method)
c = weakref.WeakMethod(x.other_method)
e = weakref.WeakMethod(y.some_method)
print(a == b, a == c, a == e, a != b, a != c)
print(hash(a) == hash(b), hash(a) == hash(e))
h = hash(a)
del x
print(a == b, a != b, a == a, hash(a) == h)

try:
    weakref.WeakMethod(len)
except TypeError as err:
    print(err)
try:
    weakref.WeakMethod(Obj.some_method)
except TypeError as err:
    print(err)
