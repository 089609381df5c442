# items(), enumerate() and zip() reuse their result tuple while nobody else
# holds it, so the tuple (held by the iterator) still references the items
# while the loop body runs.
d = {'a': [1], 'b': [2]}
for k, val in d.items():
    print(k, getrefcount(val))
for i, val in enumerate([[1], [2]]):
    print(i, getrefcount(val))
xs = [[5], [6]]
for p, q in zip(xs, xs):
    print(getrefcount(p))
kept = []
for pair in d.items():
    kept.append(pair)
print(kept[0] is kept[1], len(kept))
