# itertools objects are lazy objects on the heap: what each holds keeps it
# alive (counted, seen by the audit), their sizes are CPython's, and a cycle
# through one is collected.
import sys, gc, itertools
from itertools import count, chain, islice, tee, groupby, cycle, product, zip_longest

src = [[1], [2], [3]]
it = iter(src)
before = getrefcount(it)
c = chain(it)
print(getrefcount(it) - before)
first = next(c)
print(first is src[0])
del c
print(getrefcount(it) - before)

# cycle keeps a copy of what it saw
box = ['box']
cy = cycle([box])
print(next(cy) is box, getrefcount(box))
del cy
print(getrefcount(box))

# islice consumes lazily: the source moves only as items are asked for
seen = []
def gen():
    for i in range(100):
        seen.append(i)
        yield i
s = islice(gen(), 2, 10, 3)
print(seen, next(s), seen, list(s), seen[-1])

# tee buffers only what the slower iterator has not read yet
a, b = tee(iter([[1], [2], [3]]))
x = next(a)
print(getrefcount(x))
y = next(b)
print(x is y, getrefcount(x))

# product keeps its last result
p = product('ab', 'c')
r = next(p)
print(r, getrefcount(r))

# a cycle through an iterator: freed by the collector
class Node:
    pass
n = Node()
n.it = chain([n])
del n
gc.collect()
print(gc.collect())

for o in [count(), chain(), islice([], 1), itertools.repeat(1), groupby([]), zip_longest(), product(),
          itertools.accumulate([]), itertools.pairwise([]), itertools.starmap(None, []), tee([])[0],
          itertools.dropwhile(None, []), itertools.takewhile(None, []), itertools.filterfalse(None, []),
          itertools.compress([], []), cycle([]), itertools.permutations([])]:
    print(type(o).__name__, sys.getsizeof(o))

# tee's buffer: blocks of 57 items, freed once every tee has left a block
a, b = tee(range(200))
for i in range(130):
    next(a)
box = next(b)
print(getrefcount(box) > 2 or box < 257)
print(list(zip(a, b))[:2], list(a), next(b))
