import gc
gc.collect()
a = [1]
a.append(a)
print(a)
d = {'k': 1}
d['me'] = d
print(d)
b = [a, [a]]
print(b)
del a, b, d
print(gc.collect())
