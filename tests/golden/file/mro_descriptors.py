# Descriptors: property with setter/deleter and its fget/fset/fdel/__doc__, user
# __get__/__set__/__delete__ (data before the instance, non-data after),
# __set_name__, staticmethod/classmethod __func__.
class C:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        print('set', v)
        self._x = v
    @x.deleter
    def x(self):
        print('del')
        del self._x
c = C()
c.x = 5
print(c.x)
del c.x
print(hasattr(c, '_x'))
p = C.x
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel.__name__, p.__doc__)
class R:
    @property
    def ro(self):
        return 1
r = R()
try:
    r.ro = 2
except AttributeError as e:
    print(e)
try:
    del r.ro
except AttributeError as e:
    print(e)
q = property(lambda s: 7, doc='seven')
print(q.__doc__, q.fset)

class Verbose:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return 'class access ' + owner.__name__
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, value):
        print('Verbose set', value)
        setattr(obj, self.name, value * 2)
    def __delete__(self, obj):
        print('Verbose delete')
        delattr(obj, self.name)
class NonData:
    def __get__(self, obj, owner=None):
        return 'nondata'
class H:
    v = Verbose()
    n = NonData()
h = H()
print(h.v, H.v)
h.v = 21
print(h.v)
del h.v
print(h.v)
print(h.n, H.n)
h.n = 'own'
print(h.n)
s = staticmethod(len)
cm = classmethod(len)
print(s.__func__ is len, cm.__func__ is len, s.__wrapped__ is len)
