d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d))
print(d.get('a'), d.get('z'), d.get('z', 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop('b'), d)
print(d.setdefault('e', 5), d.setdefault('a', 99), d)
d.update({'a': 10, 'f': 6})
print(d)
c = d.copy()
c['x'] = 0
print('x' in d, 'x' in c)
del c['x']
print(c == d)
for k in d:
    print(k, d[k])
d.clear()
print(d, {1: 'one', (1, 2): 'pair', None: 0})
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(dict([('k', 1), ('j', 2)]), dict(a=1))
