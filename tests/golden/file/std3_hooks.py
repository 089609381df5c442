# What abc, enum and dataclasses stand on: a __prepare__ namespace that is
# a dict subclass sees the class body's stores and deletes through its own
# __setitem__/__delitem__; a metaclass's dunders apply to its classes; a
# class's __setattr__/__delattr__ to its instances; object.__setattr__;
# a class's __dict__; a function's assigned __qualname__ in its errors.


class Recording(dict):
    def __init__(self):
        super().__init__()
        self.log = []

    def __setitem__(self, key, value):
        self.log.append(('set', key))
        super().__setitem__(key, value.upper() if isinstance(value, str) else value)

    def __delitem__(self, key):
        self.log.append(('del', key))
        super().__delitem__(key)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Recording()

    def __new__(mcls, name, bases, ns, **kw):
        print(type(ns).__name__, [e for e in ns.log if not e[1].startswith('__')])
        return super().__new__(mcls, name, bases, dict(ns))

    def __iter__(cls):
        return iter(sorted(k for k in cls.__dict__ if not k.startswith('_')))

    def __len__(cls):
        return 2

    def __contains__(cls, item):
        return item == 'yes'

    def __getitem__(cls, key):
        return key * 2

    def __repr__(cls):
        return f"<meta {cls.__name__}>"

    def __reversed__(cls):
        return iter('zyx')

    def __instancecheck__(cls, obj):
        return obj == 42

    def __subclasscheck__(cls, sub):
        return sub is int

    def __getattr__(cls, name):
        return f"missing {name}"


class A(metaclass=Meta):
    x = 'low'
    y = 2
    tmp = 0
    del tmp

    def f(self):
        return 'f'


print(A.x, A.y, hasattr(A, 'tmp') and A.tmp, A.f(A()))
print(list(A), len(A), 'yes' in A, 'no' in A, A['ab'], A, [A], repr(A), list(reversed(A)))
print(isinstance(42, A), isinstance(41, A), isinstance(A(), A), issubclass(int, A), issubclass(str, A), isinstance(42, (str, A)))
print(A.nothing, getattr(A, 'other'))


# __setattr__ / __delattr__ on instances, object.__setattr__ past them
class Guarded:
    def __init__(self):
        object.__setattr__(self, 'log', [])

    def __setattr__(self, name, value):
        self.log.append(name)
        if name == 'locked':
            raise AttributeError(f"{name} is read-only")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.log.append('-' + name)
        object.__delattr__(self, name)


g = Guarded()
g.a = 1
setattr(g, 'b', 2)
try:
    g.locked = 3
except AttributeError as e:
    print("AttributeError:", e)
del g.a
object.__setattr__(g, 'quiet', 4)
print(g.log, g.b, g.quiet, hasattr(g, 'a'))
try:
    object.__setattr__(g, 5, 1)
except TypeError as e:
    print("TypeError:", e)


class Child(Guarded):
    pass


c = Child()
c.z = 1
print(c.log)


class Late:
    pass


def late_setattr(self, name, value):
    object.__setattr__(self, name, str(value))


Late.__setattr__ = late_setattr
l = Late()
l.v = 5
print(repr(l.v))


# a class's own namespace
class Base:
    """doc"""
    a = 1

    def m(self):
        pass


class Derived(Base):
    b = 2


print(sorted(k for k in Derived.__dict__ if not k.startswith("__")), "a" in Derived.__dict__, Derived.__dict__["b"], Derived.__doc__)
print('__len__' in list.__dict__, '__len__' in int.__dict__, 'append' in list.__dict__)


# an assigned __qualname__ is the name in argument errors
def make():
    def inner(a, b):
        return a + b
    return inner


h = make()
h.__qualname__ = 'Calc.add'
try:
    h(1)
except TypeError as e:
    print("TypeError:", e)
print(h.__qualname__, h(1, 2))
