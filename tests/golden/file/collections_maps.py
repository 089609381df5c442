# defaultdict, OrderedDict, Counter and ChainMap.
from collections import defaultdict, OrderedDict, Counter, ChainMap

d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b'].append(3)
print(d, d['a'], len(d), 'c' in d, d.default_factory)
print(dict(d), sorted(d), list(d.items()), d.get('zz'), 'zz' in d)
n = defaultdict(int)
for w in 'the cat the hat the'.split():
    n[w] += 1
print(n, n == {'the': 3, 'cat': 1, 'hat': 1})
none = defaultdict()
try:
    none['x']
except KeyError as e:
    print('KeyError', e)
print(none, defaultdict(lambda: 0).default_factory is not None)
try:
    defaultdict(5)
except TypeError as e:
    print(e)
c = d.copy()
c['z']
print(sorted(c), sorted(d))

o = OrderedDict()
o['x'] = 1
o['y'] = 2
o['z'] = 3
print(o, list(o))
o.move_to_end('x')
print(list(o))
o.move_to_end('z', last=False)
print(list(o.items()))
print(o.popitem(), o.popitem(last=False), o)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
print(OrderedDict(), OrderedDict([('k', [1])]))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)

c = Counter('abracadabra')
print(c)
print(c.most_common(2), c['a'], c['zz'], 'zz' in c, c.total())
print(sorted(c.elements()))
c.update('aaz')
c.subtract({'b': 5})
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=2, b=-1), -Counter(a=2, b=-1), Counter())
print(Counter({'x': 2}), Counter(['a', 'b', 'a']) == {'a': 2, 'b': 1})
k = Counter(a=1)
k += Counter(a=2, b=-3)
print(k)
del k['nothing']
print(k)

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), sorted(cm), 'b' in cm, cm.get('q', 0))
cm['c'] = 4
print(cm.maps, cm.new_child(), cm.parents)
try:
    del cm['b']
except KeyError as e:
    print('KeyError', e)
try:
    cm['nope']
except KeyError as e:
    print('KeyError', e)
