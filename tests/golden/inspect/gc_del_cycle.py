# A cycle with a __del__ (PEP 442): the finalizer runs once, in
# finalize_garbage, before anything is cleared; nothing resurrects it, so
# delete_garbage clears it and it is freed.
class D:
    def __del__(self):
        print("__del__ of D runs")

d = D()
d.me = d
del d
:gc
