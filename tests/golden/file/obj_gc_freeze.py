# gc.freeze() moves every tracked object into the permanent generation, which
# the collector ignores; gc.unfreeze() moves them back into the oldest one.
import gc

gc.collect()
print(gc.get_freeze_count())

class Node:
    def __init__(self):
        self.peer = self

    def __del__(self):
        print("del Node")

def census(objs):
    return sum(1 for o in gc.get_objects() if o in objs)

a = Node()
b = [1, 2]
print(gc.is_tracked(a), census([a, b]), len(gc.get_objects(0)) > 0)
before = gc.get_count()
gc.freeze()
frozen = gc.get_freeze_count()
print(frozen > 0, gc.get_count()[0], gc.get_count()[1:] == before[1:])
print(gc.is_tracked(a), census([a, b]), len(gc.get_objects(0)), len(gc.get_objects(2)))
print(gc.get_referrers(a))

# a frozen cycle is not collected
a = None
print(gc.collect())
c = Node()
c = None
print(gc.collect(), gc.get_freeze_count() == frozen)

gc.unfreeze()
count, back = gc.get_freeze_count(), census([b])
# now the old cycle is garbage again: it goes at the next collection
gc.collect()
print(count, back)
print(gc.get_freeze_count())
gc.freeze()
gc.freeze()
gc.unfreeze()
print(gc.get_freeze_count())
try:
    gc.freeze(1)
except TypeError as e:
    print(e)
try:
    gc.get_freeze_count(1)
except TypeError as e:
    print(e)
print(gc.freeze.__name__, gc.unfreeze(), gc.freeze())
gc.unfreeze()
