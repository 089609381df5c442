# A list that holds itself: after `del l` only its own item [0] refers to
# it. update_refs gives it gc_refs 1 (its count), subtract_refs takes that
# one away (the reference is internal), so move_unreachable finds it
# unreachable and delete_garbage clears it: gc.collect() would return 1.
l = []
l.append(l)
del l
:gc
