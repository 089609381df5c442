# The heap of gc_full.py without the timed collections (the baseline to
# subtract): same allocations, one collection less per round.
import gc

N = 1000000
ROUNDS = 0
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
