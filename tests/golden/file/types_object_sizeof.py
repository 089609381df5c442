# object() and the built-in types are not tracked by the collector;
# a user __sizeof__ is what sys.getsizeof reports, plus the pre-header.
import gc, sys
o = object()
print(gc.is_tracked(o), sys.getsizeof(o), gc.is_tracked(int), gc.is_tracked(object), gc.is_tracked(ValueError))
class A:
    pass
print(gc.is_tracked(A), gc.is_tracked(A()), gc.is_tracked(ValueError()))
print(gc.is_tracked((o,)), gc.is_tracked([o]))
t = (object(), 1)
gc.collect()
print(gc.is_tracked(t))
for v in [-1, 1.5, 'a', True, 2**70, None, 0, 100]:
    class S:
        def __sizeof__(self, v=v):
            return v
    try:
        print(sys.getsizeof(S()))
    except Exception as e:
        print(type(e).__name__, e)
class T:
    __slots__ = ()
    def __sizeof__(self):
        return 10
print(sys.getsizeof(T()))
class L(list):
    def __sizeof__(self):
        return 10
print(sys.getsizeof(L()))
