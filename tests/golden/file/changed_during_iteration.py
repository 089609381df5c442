# CPython's run-time checks: a dict or set resized while it is iterated, a
# list modified while it is sorted.
d = {1: 0, 2: 0}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e, len(d))
it = iter(d)
d.pop(1)
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(e)
d[1] = 5
try:
    next(it)
except RuntimeError as e:
    print('sticky:', e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(e)
d = {'a': 1, 'b': 2}
for k in d:
    d[k] = 3
print(d)
try:
    for v in d.values():
        del d['a']
except RuntimeError as e:
    print(e)
try:
    for kv in d.items():
        d['z'] = 0
except RuntimeError as e:
    print(e)
try:
    print([k for k in d if d.setdefault(k * 2, 0) is None])
except RuntimeError as e:
    print(e)
l = [3, 1, 2]
try:
    l.sort(key=lambda x: l.append(x) or x)
except ValueError as e:
    print(e, l)
l = [3, 1, 2]
try:
    l.sort(key=lambda x: l.clear() or x)
    print(l)
except ValueError as e:
    print(e, l)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        ks.append(1)
        return self.v < o.v
ks = [K(2), K(1)]
try:
    ks.sort()
except ValueError as e:
    print(e, len(ks))
print(sorted([K(2), K(1)], key=lambda k: k.v)[0].v)
