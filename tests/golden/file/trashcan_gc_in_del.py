# A __del__ calling gc.collect() while long chains are freed through the
# trashcan (CPython's test_gc.test_trashcan pattern), and one that resurrects.
import gc
class Ouch:
    n = 0
    def __del__(self):
        Ouch.n = Ouch.n + 1
        if Ouch.n % 17 == 0:
            gc.collect()
N = 300
for count in range(2):
    t = []
    for i in range(N):
        t = [t, Ouch()]
    u = ()
    for i in range(N):
        u = (u, Ouch())
    v = {}
    for i in range(N):
        v = {1: v, 2: Ouch()}
    w = None
    for i in range(N):
        o = Ouch()
        o.next = w
        w = o
    del o
    c = []
    for i in range(N):
        c = [c, Ouch()]
    c[0].append(c)
    del t, u, v, w, c
    print(Ouch.n, gc.collect())
class Res:
    keep = []
    def __del__(self):
        gc.collect()
        Res.keep.append(self)
r = None
for i in range(200):
    r = [r, Res()]
del r
print(len(Res.keep), gc.collect())
Res.keep.clear()
print(gc.collect())
