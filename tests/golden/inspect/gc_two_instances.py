# Two instances that point at each other: each has count 1, from the
# other's attribute .other; both references are internal, so both end at
# gc_refs 0 and are unreachable: gc.collect() would return 2 (3.11 keeps
# instance attributes inline, no dict objects). The list bound to x also
# drops to 0 (its one reference is the globals dict's, which is examined
# too), but the globals dict keeps 1 (the interpreter's own reference,
# from outside), so move_unreachable reaches the list from it: rescued.
class A:
    pass

a = A()
b = A()
a.other = b
b.other = a
del a, b
x = [1, 2]
:gc
import gc
gc.get_count()
