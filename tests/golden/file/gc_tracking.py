# gc-stress: skip (tuple and dict untracking depends on when collections run)
import gc
print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked([]))
d = {}
print(gc.is_tracked(d))
d['a'] = 1
print(gc.is_tracked(d))
d['b'] = []
print(gc.is_tracked(d))
n = 3
t = (n, n + 1)
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
t2 = (n, [])
gc.collect()
print(gc.is_tracked(t2))
del d['b']
gc.collect(0)
print(gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(d))
class A:
    pass
print(gc.is_tracked(A()), gc.is_tracked(A), gc.is_tracked(len))
