# A dict whose keys change while it is iterated, its size kept: CPython's
# iterator counts the entries it still expects (di->len) and refuses one
# more ("dictionary keys changed during iteration"), then lets the dict go.
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        d.pop(k)
        d[k + 10] = v
except RuntimeError as e:
    print(e, d)

d = {"a": 1, "b": 2, "c": 3}
it = iter(d)
print(next(it))
del d["a"]
d["z"] = 26
print(next(it), next(it))
try:
    next(it)
except RuntimeError as e:
    print(e)
print(list(it), getrefcount(d))

# Values and keys iterators too; a changed value alone is fine.
for view in ("keys", "values"):
    d = {i: i for i in range(4)}
    try:
        for x in getattr(d, view)():
            d.pop(next(iter(d)))
            d[x + 100] = x
    except RuntimeError as e:
        print(view, e, sorted(d))
d = {1: 1}
for v in d.values():
    d[1] = 5
print(d)

# A size change still wins, and sticks.
d = {0: 0}
it = iter(d)
next(it)
d[1] = 1
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(attempt, e)

# Sets count their size only: the same swap goes unnoticed there.
s = {1, 2}
seen = []
for x in s:
    seen.append(x)
    if len(seen) > 5:
        break
    s.discard(x)
    s.add(x + 10)
print(len(seen) > 0, len(s))
s = {0}
try:
    for k in s:
        s.add(k + 1)
except RuntimeError as e:
    print(e, len(s))
