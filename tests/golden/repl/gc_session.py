import gc
n0 = gc_collect()
a = []
a.append(a)
del a
gc_collect()
class P:
    pass

p = P()
p.me = p
del p
gc.collect()
gc.collect()
