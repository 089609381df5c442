# A class's __dict__ is a read-only mappingproxy; the namespace holds the
# __dict__ and __weakref__ getset descriptors whose __objclass__ is the class,
# which is why a fresh class is referenced five times.
import gc
import sys

class C:
    pass

print(sys.getrefcount(C))
print(type(C.__dict__), type(C.__dict__).__name__)
print(list(C.__dict__))
print(C.__dict__["__dict__"], C.__dict__["__weakref__"])
d = C.__dict__["__dict__"]
print(type(d).__name__, d.__name__, d.__objclass__ is C, d.__doc__)
print(C.__dict__["__weakref__"].__doc__)
print(sys.getrefcount(C))
del d
print(gc.is_tracked(C.__dict__), gc.is_tracked(C.__dict__["__dict__"]))
print(sys.getsizeof(C.__dict__), sys.getsizeof(C.__dict__["__dict__"]))
print(C.__doc__, C.__weakref__)

for base in (object, list, dict, set, frozenset, int, str, tuple, Exception, KeyError):
    class Sub(base):
        pass
    print(base.__name__, list(Sub.__dict__), sys.getrefcount(Sub))

class P:
    "a docstring"
    x = 1
    def f(self):
        return 2

class Q(P):
    y = 3

print(list(P.__dict__), list(Q.__dict__))
print(P.__dict__["x"], P.__dict__.get("x"), P.__dict__.get("nope", 5), "f" in P.__dict__, "y" in P.__dict__)
print(len(P.__dict__), len(Q.__dict__))
print(list(Q.__dict__.keys()), list(Q.__dict__.values())[1:], list(Q.__dict__.items())[:1])
print(type(Q.__dict__.copy()), Q.__dict__.copy()["y"])
print(repr(Q.__dict__)[:40])
print(str(Q.__dict__)[:30])
print(sorted(k for k in P.__dict__))
try:
    P.__dict__["z"] = 1
except TypeError as e:
    print(e)
try:
    del P.__dict__["x"]
except TypeError as e:
    print(e)
try:
    P.__dict__["nope"]
except KeyError as e:
    print(repr(e))
print(vars(P) is not None, type(vars(P)).__name__)

class S:
    __slots__ = ("a",)

class T(S):
    pass

class W:
    __slots__ = ("__weakref__",)

class U:
    __slots__ = ("a", "__dict__")

print(list(T.__dict__), list(W.__dict__), list(U.__dict__)[-2:])
print(sys.getrefcount(T), sys.getrefcount(W))

# the instance's own __dict__ and __weakref__
import weakref
p = P()
p.v = 1
print(p.__dict__, p.__weakref__)
r = weakref.ref(p)
print(p.__weakref__ is r)
del r
print(p.__weakref__)
print(C().__dict__)

class Named:
    __qualname__ = "Other.Named"

print(Named.__qualname__, "__qualname__" in Named.__dict__)
