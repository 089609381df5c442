import gc
import weakref
gc.collect()

class F:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

a = F('a')
b = F('b')
c = F('c')
a.n = b
b.n = c
c.n = a
w = weakref.ref(b, lambda r: print('callback'))
del a, b, c
print('collect')
print(gc.collect())
print(w() is None)
