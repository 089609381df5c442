# WeakValueDictionary, WeakKeyDictionary, WeakSet: entries leave when
# their referent dies; the mapping and set operations (test_weakref's
# mapping tests and test_weakset, in small).
import weakref
import gc


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'Obj(%d)' % self.n


objs = [Obj(i) for i in range(5)]

# ----- WeakValueDictionary
wv = weakref.WeakValueDictionary()
for o in objs:
    wv[o.n] = o
print(len(wv), sorted(wv.keys()), 3 in wv, 9 in wv, wv[2])
print(type(wv).__name__, repr(wv).startswith('<WeakValueDictionary at 0x'))
print(wv.get(1), wv.get(9), wv.get(9, 'dflt'))
del objs[0]
print(len(wv), 0 in wv, sorted(wv))
try:
    wv[0]
except KeyError as e:
    print('KeyError', e)
print(sorted(k for k, v in wv.items()), sorted(v.n for v in wv.values()))
refs = wv.valuerefs()
print(len(refs), all(isinstance(r, weakref.KeyedRef) for r in refs), sorted(r.key for r in refs))
del refs
print(wv.pop(4).n, wv.pop(4, 'gone'), len(wv))
print(wv.setdefault(1, None).n, wv.setdefault(7, objs[0]).n)
c = wv.copy()
print(type(c).__name__, sorted(c), c == wv)
wv.update({10: objs[1]}, eleven=objs[2])
print(sorted(wv, key=str))
k, v = wv.popitem()
print(type(k).__name__, type(v).__name__)
wv.clear()
print(len(wv), list(wv.items()))
try:
    hash(wv)
except TypeError as e:
    print(e)
# a value in a cycle leaves at collection
cyc = Obj(99)
cyc.me = cyc
wv2 = weakref.WeakValueDictionary({'c': cyc})
del cyc
print(len(wv2))
gc.collect()
print(len(wv2), dict(wv2.items()))
# removals during iteration wait until it ends
wv3 = weakref.WeakValueDictionary()
tmp = [Obj(i) for i in range(4)]
for o in tmp:
    wv3[o.n] = o
seen = []
for key in wv3.keys():
    seen.append(key)
    if key == 1:
        del tmp[:]
print(seen, len(wv3))

# ----- WeakKeyDictionary
wk = weakref.WeakKeyDictionary()
keys = [Obj(i) for i in range(4)]
for i, o in enumerate(keys):
    wk[o] = i * 10
print(len(wk), wk[keys[2]], keys[1] in wk, Obj(1) in wk, 1 in wk)
print(repr(wk).startswith('<WeakKeyDictionary at 0x'))
del keys[0]
print(len(wk), sorted(wk.values()), sorted(k.n for k in wk.keys()))
print(sorted((k.n, v) for k, v in wk.items()))
print(wk.get(keys[0]), wk.get(Obj(5), 'none'))
print(wk.pop(keys[0]), len(wk), wk.setdefault(keys[1], 'x'), wk.setdefault(keys[2], 'new'))
print(len(wk.keyrefs()), sorted(r().n for r in wk.keyrefs()))
del wk[keys[1]]
print(len(wk))
wk2 = wk.copy()
print(sorted(wk2.values()), wk2 == wk)
try:
    wk[1] = 2
except TypeError as e:
    print(e)
wk.clear()
print(len(wk))
kc = Obj(50)
kc.me = kc
wk3 = weakref.WeakKeyDictionary({kc: 'cyclic'})
del kc
gc.collect()
print(len(wk3))

# ----- WeakSet
items = [Obj(i) for i in range(5)]
ws = weakref.WeakSet(items[:3])
print(len(ws), items[0] in ws, items[4] in ws, 1 in ws)
print(type(ws), type(ws).__module__)
ws.add(items[3])
ws.discard(items[0])
print(len(ws), sorted(o.n for o in ws))
del items[1]
print(len(ws), sorted(o.n for o in ws))
try:
    ws.remove(items[0])
except KeyError:
    print('KeyError on remove')
other = weakref.WeakSet(items[2:])
print(sorted(o.n for o in ws | other), sorted(o.n for o in ws & other), sorted(o.n for o in ws - other))
print(sorted(o.n for o in ws ^ other), ws <= other, ws.issubset(items), ws == weakref.WeakSet(list(ws)))
print(ws.isdisjoint(weakref.WeakSet([items[0]])), ws.issuperset([items[2]]))
p = ws.pop()
print(type(p).__name__, len(ws))
ws.clear()
print(len(ws), list(ws))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print('KeyError', e)
try:
    hash(ws)
except TypeError as e:
    print(e)
