# copy and deepcopy through __reduce_ex__ / __reduce__ (state, __setstate__,
# list and dict items), of __slots__ instances and of builtin subclasses.
import copy, collections
class P:
    def __init__(self, a): self.a = a
    def __reduce_ex__(self, proto):
        print('reduce', proto); return (P, (self.a,))
p = copy.copy(P([1])); print(p.a)
q = copy.deepcopy(P([1])); print(q.a)
class S:
    __slots__ = ('x', 'y')
s = S(); s.x = [1]; s.y = 2
t = copy.deepcopy(s); print(t.x, t.y, t.x is s.x)
u = copy.copy(s); print(u.x is s.x)
print(copy.copy(collections.OrderedDict(a=1)), copy.deepcopy(collections.deque([[1]], maxlen=3)))
class L(list):
    pass
l = L([1, [2]]); l.tag = 'x'
m = copy.copy(l); n = copy.deepcopy(l)
print(type(m).__name__, m, m.tag, m[1] is l[1], n, n[1] is l[1], n.tag)
class D(dict): pass
dd = D(a=[1]); e = copy.deepcopy(dd); print(type(e).__name__, e, e['a'] is dd['a'])
class St:
    def __init__(self): self.v = [1]
    def __reduce__(self): return (St, (), {'v': self.v, 'w': 3})
z = copy.deepcopy(St()); print(z.v, z.w)
class G:
    def __init__(self): self.v = 1
    def __getstate__(self): return {'v': 10}
    def __setstate__(self, st): print('setstate', st); self.v = st['v']
    def __reduce_ex__(self, p): return (G, (), self.__getstate__())
print(copy.copy(G()).v)
class Li:
    def __reduce__(self): return (Li2, (), None, iter([1, 2]), iter([('k', 'v')]))
class Li2(list):
    def __setitem__(self, k, v): print('set', k, v)
print(copy.copy(Li()))
print(copy.copy(frozenset([1])))
class Cyc:
    pass
c = Cyc(); c.me = c; cc = copy.deepcopy(c); print(cc.me is cc, cc is not c)
def f(): pass
print(copy.deepcopy(f) is f, copy.copy(len) is len)
