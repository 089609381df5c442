# Metaclasses (__new__/__init__/__call__/__prepare__, methods seen on the class,
# conflicts), __init_subclass__ with class keywords, type(name, bases, ns),
# __set_name__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get('tag', 'none')
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print('Meta.__call__', cls.__name__, args)
        return super().__call__(*args, **kw)
    def hello(cls):
        return 'hello ' + cls.__name__
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 1}

class A(metaclass=Meta, tag='a'):
    def __init__(self, x):
        self.x = x
    def f(self):
        return 1
print(type(A), A.tag, A.hello(), A.injected, isinstance(A, Meta), isinstance(A, type))
a = A(5)
print(a.x, type(a).__name__)
class B(A):
    pass
print(type(B), B.tag, B.hello())

class Base:
    subs = []
    def __init_subclass__(cls, /, flavor=None, **kw):
        super().__init_subclass__(**kw)
        cls.flavor = flavor
        Base.subs.append(cls.__name__)
class S1(Base, flavor='x'): pass
class S2(S1): pass
print(Base.subs, S1.flavor, S2.flavor)
try:
    class S3(flavor=1): pass
except TypeError as e:
    print(e)

X = type('X', (Base,), {'a': 1, 'm': lambda self: self.a + 1})
print(X, X.__name__, X().m(), X.__mro__, Base.subs)
Y = type('Y', (), {})
print(Y, Y.__bases__)

class D:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
class H:
    d1 = D()
    d2 = D()
print(H.d1.name, H.d2.name)

class M1(type): pass
class M2(type): pass
class P1(metaclass=M1): pass
class P2(metaclass=M2): pass
try:
    class P3(P1, P2): pass
except TypeError as e:
    print(e)
class M3(M1): pass
class P4(P1, metaclass=M3): pass
print(type(P4))
class P5(P4): pass
print(type(P5), type(type(P5)))
print(A.mro(), int.mro())
def fmeta(name, bases, ns):
    return 42
class F(metaclass=fmeta): pass
print(F)

# A class holds its metaclass (its type) and its __mro__: counts as CPython's.
import sys, gc
class CountMeta(type): pass
print(sys.getrefcount(CountMeta))
class Counted(metaclass=CountMeta): pass
before = sys.getrefcount(Counted)
print(sys.getrefcount(CountMeta))
class Counted2(Counted): pass
print(sys.getrefcount(CountMeta), sys.getrefcount(Counted) - before, type(Counted2) is CountMeta)
del Counted2
print(sys.getrefcount(CountMeta), sys.getrefcount(Counted) - before)
gc.collect()
print(sys.getrefcount(CountMeta), sys.getrefcount(Counted) - before)
