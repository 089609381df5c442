# gc.collect() with a finalizer and a weakref callback: the trace (stderr)
# and the program's own lines (stdout) come in the order they happen.
import gc, weakref

class D:
    def __del__(self):
        print("__del__ of D")

d = D()
d.me = d
w = weakref.ref(d, lambda ref: print("callback, referent is", ref()))
del d
print("collect:", gc.collect())
print("again:", gc.collect())
