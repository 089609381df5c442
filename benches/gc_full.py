# A full collection over 1,000,000 tracked objects, timed by the caller
# (`time glasspy benches/gc_full.py` vs `time python3 benches/gc_full.py`;
# subtract benches/gc_full_build.py, the same heap without the collections).
#
# Heap shape: one list holding 1,000,000 one-item lists (all reachable), then
# 250,000 garbage two-instance cycles (500,000 objects) on top of it.
import gc

N = 1000000
ROUNDS = 10
gc.disable()
keep = []
for i in range(N):
    keep.append([i])
gc.collect()
found = 0
for r in range(ROUNDS):
    found += gc.collect()

class Node:
    pass

for i in range(N // 4):
    a = Node()
    b = Node()
    a.peer = b
    b.peer = a
del a, b
found += gc.collect()
print(len(keep), found, gc.get_count())
