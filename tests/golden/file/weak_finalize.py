# weakref.finalize: called once when its object dies, detach/peek/alive,
# the atexit flag, and the finalizers still alive at exit (newest first).
import weakref
import gc


class Obj:
    def __init__(self, name):
        self.name = name


def say(*args, **kw):
    print('finalizer', args, sorted(kw.items()))
    return 'result'


a = Obj('a')
f = weakref.finalize(a, say, 1, 2, key='v')
print(f.alive, f.atexit, f.peek()[0] is a, f.peek()[1] is say, f.peek()[2:])
print(repr(f).startswith('<finalize object at '), "for 'Obj' at" in repr(f))
print(type(f).__name__, type(f).__module__, isinstance(f, weakref.finalize))
del a
print(f.alive, f.peek(), f.detach(), f())
print(repr(f).endswith('; dead>'))

b = Obj('b')
g = weakref.finalize(b, say, 'b')
print(g(), g.alive, g(), g.detach())
del b

c = Obj('c')
h = weakref.finalize(c, say, 'c')
obj, func, args, kwargs = h.detach()
print(obj is c, func is say, args, kwargs, h.alive, h.detach())
del obj, c
print('no finalizer ran for c')

# a finalizer on an object in a cycle runs when the collector frees it
d = Obj('d')
d.me = d
weakref.finalize(d, say, 'cycle')
del d
print('before collect')
gc.collect()
print('after collect')

# the callback may reach the finalizer's own arguments, not the object
e = Obj('e')
box = [1, 2]
weakref.finalize(e, box.append, 3)
del e
print(box)

# atexit: still alive at exit, run newest first; atexit=False ones not
keep = [Obj(n) for n in 'xyz']
for o in keep:
    weakref.finalize(o, print, 'at exit', o.name)
quiet = Obj('quiet')
fq = weakref.finalize(quiet, print, 'never printed')
fq.atexit = False
print(fq.atexit, fq.alive)
later = weakref.finalize(Obj, say, 'class Obj')
later.atexit = True
print('end of program')
