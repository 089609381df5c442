# collections.deque: both ends, maxlen, rotation, indexing, repr, and
# sys.getsizeof following CPython's 64-item blocks.
import sys
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft([9, 8])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(100)
print(d, d.index(3), d.count(2), 3 in d, 'z' in d)
d.insert(2, 'i')
d.insert(-1, 'j')
d.insert(100, 'end')
d.insert(-100, 'start')
print(d)
d.remove('i')
del d[0]
d[0] = 'first'
print(d)
d.reverse()
print(d, list(reversed(d)))
c = d.copy()
d.clear()
print(d, c, bool(d), bool(c))
m = deque(range(10), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(10)
m.appendleft(5)
print(m)
m.extend(range(20, 25))
print(m, deque('abc', 0))
print(deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1, 2]) < deque([1, 3]))
print(deque([1]) + deque([2]), deque([1, 2]) * 2)
e = deque([1])
e += [2, 3]
e *= 2
print(e)
print(deque([[1], 'a', (2,)]))

def err(f, *a):
    try:
        f(*a)
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

err(deque().pop)
err(deque().popleft)
err(deque([1]).index, 2)
err(deque([1]).remove, 2)
err(lambda: deque([1])[5])
err(lambda: deque([1])['a'])
err(deque, [], -1)
err(deque([1], 1).insert, 0, 2)
def mutate():
    q = deque([1, 2, 3])
    for x in q:
        q.append(x)
err(mutate)

# block growth: one block of 64 at first, the first item at its centre
q = deque()
sizes = [sys.getsizeof(q)]
for i in range(300):
    q.append(i)
    sizes.append(sys.getsizeof(q))
print(sorted(set(sizes)))
print([i for i in range(1, len(sizes)) if sizes[i] != sizes[i - 1]])
for i in range(300):
    q.popleft()
print(sys.getsizeof(q))
q = deque()
grow = []
for i in range(200):
    q.appendleft(i)
    grow.append(sys.getsizeof(q))
print([i for i in range(1, len(grow)) if grow[i] != grow[i - 1]])
q.rotate(10)
print(sys.getsizeof(q))
