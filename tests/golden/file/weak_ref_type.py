# weakref.ref is a type: calling it, sharing, subclasses, equality, hashing,
# getweakrefs order, argument errors (CPython's test_weakref cases).
import weakref
import gc


class C:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'C(%s)' % self.name


def err(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        print(type(e).__name__ + ':', e)


o = C('o')
r = weakref.ref(o)
print(r() is o, r is weakref.ref(o), r is weakref.ref(o, None))
print(weakref.ref is weakref.ReferenceType, type(r) is weakref.ref, isinstance(r, weakref.ref))
print(weakref.ref, callable(r))
err(weakref.ref, o, callback=None)
err(weakref.ref)
err(weakref.ref, o, None, 3)
err(weakref.ref, 1)
err(weakref.ref, [])
err(r, 1)
print(r.__callback__)
cb = lambda w: print('callback got', type(w).__name__, w() is None)
rc = weakref.ref(o, cb)
print(rc is r, rc.__callback__ is cb, weakref.getweakrefcount(o))

# equality and hashing go through the referent while it lives
print(r == rc, r != rc, hash(r) == hash(o), hash(rc) == hash(o))
p = C('p')
print(weakref.ref(p) == r, weakref.ref(p) != r)
err(lambda: r < rc)
d = {r: 'value'}
print(d[weakref.ref(o)])


class Eq:
    def __eq__(self, other):
        print('Eq.__eq__ called')
        return True
    def __hash__(self):
        return 1


e1, e2 = Eq(), Eq()
print(weakref.ref(e1) == weakref.ref(e2))

# the referent dies: callbacks run, equality falls back to identity
hashed = hash(rc)
del o
print(r() is None, r == r, r == rc, r != rc)
print(hash(rc) == hashed)
q = C('q')
rq = weakref.ref(q)
del q
err(hash, rq)
print(repr(rq).endswith('; dead>'))

# getweakrefs: the basic ref first, then the others newest first
t = C('t')
a = weakref.ref(t, cb)
b = weakref.ref(t, cb)
basic = weakref.ref(t)
lst = weakref.getweakrefs(t)
print(len(lst), lst[0] is basic, lst[1] is b, lst[2] is a)
print(weakref.getweakrefs(1), weakref.getweakrefs(C('x')))
err(weakref.getweakrefs)
del a, b, basic, lst
print(weakref.getweakrefcount(t))


# subclasses with extra attributes
class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, value=42):
        self.value = value
        super().__init__(ob, callback)

    def __call__(self):
        self.called = True
        return super().__call__()


mr = MyRef(t, value=24)
print(mr() is t, mr.called, mr.value, type(mr).__name__, isinstance(mr, weakref.ref))
print(mr is weakref.ref(t), weakref.getweakrefcount(t))
print(MyRef.__mro__)
err(MyRef, t, None, 1, 2)


class Plain(weakref.ref):
    pass


p1 = Plain(t)
p2 = Plain(t)
print(p1 is p2, p1 == p2, gc.is_tracked(p1), p1() is t)


class WithNew(weakref.ref):
    def __new__(cls, ob, callback, extra):
        self = weakref.ref.__new__(cls, ob, callback)
        self.extra = extra
        return self

    def __init__(self, ob, callback, extra):
        super().__init__(ob, callback)


def report(w):
    print('subclass callback', type(w).__name__, w.extra)


wn = WithNew(t, report, 'extra!')
print(wn.extra, wn() is t, wn.__callback__ is report)
refs = weakref.getweakrefs(t)
print([type(x).__name__ for x in refs])
del refs
del t
print(wn(), mr(), p1())

# a cycle through a subclass instance is collected
class Node:
    pass


n = Node()
n.self_ref = Plain(n)
n.back = n.self_ref
nr = weakref.ref(n)
del n
print(nr() is not None)
gc.collect()
print(nr() is None)
