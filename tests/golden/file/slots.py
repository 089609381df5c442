# __slots__ without __dict__: no dict, only the slots settable, smaller instances, weakrefs only with __weakref__.
import sys, weakref, gc
class S:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class W:
    __slots__ = ('x', '__weakref__')
class T(S):
    __slots__ = ('z',)
class One:
    __slots__ = 'v'
s = S(1, 2); p = P(1, 2)
print(sys.getsizeof(s), sys.getsizeof(p), sys.getsizeof(W()), sys.getsizeof(T(1, 2)), sys.getsizeof(One()))
print(sys.getsizeof(S), sys.getsizeof(P), sys.getsizeof(W))
print(hasattr(s, "__dict__"), hasattr(p, "__dict__"), s.x, s.y, S.__slots__, One.__slots__)
try:
    s.z = 3
except AttributeError as e:
    print(e)
t = T(1, 2); t.z = 5; print(t.x, t.z)
try:
    t.w = 1
except AttributeError as e:
    print(e)
try:
    print(s.__dict__)
except AttributeError as e:
    print(e)
try:
    print(One().v)
except AttributeError as e:
    print(e)
try:
    weakref.ref(s)
except TypeError as e:
    print(e)
w = W(); r = weakref.ref(w); print(r() is w)
a = S(1, 2); b = S(3, 4); print(id(a) - id(b) in (48, -48), gc.is_tracked(a))
a.x = a; del a; print(gc.collect())
print(sys.getrefcount(s))
