# A weakref with a callback to an object in a cycle: handle_weakrefs
# clears the weakref first, then calls the callback with the (now dead)
# weakref; the callback sees w() is None.
import weakref
class B:
    pass

def cb(ref):
    print("callback: the referent is", ref())

b = B()
b.self = b
w = weakref.ref(b, cb)
del b
:gc
w() is None
