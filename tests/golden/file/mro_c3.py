# Multiple inheritance: the C3 MRO, __bases__/__base__, super() through the
# MRO, isinstance/issubclass through every base, and CPython's errors.
import gc, sys

class O:
    def who(self):
        return 'O'
    def hello(self):
        return 'hello from O'
class A(O):
    def who(self):
        return 'A' + super().who()
class B(O):
    def who(self):
        return 'B' + super().who()
    def hello(self):
        return 'hello from B'
class C(A, B):
    def who(self):
        return 'C' + super().who()

print([k.__name__ for k in C.__mro__])
print([k.__name__ for k in C.mro()])
print(C.__bases__, C.__base__)
print(C().who(), C().hello())
print(super(A, C()).who())
print(super(C, C).who.__qualname__)
print(isinstance(C(), B), issubclass(C, B), issubclass(B, C), issubclass(C, object))
print(type(C.__mro__), C.__mro__ is C.__mro__, C.__mro__[0] is C)

# The classic diamond and an order that cannot be merged
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
for src in ['class R(P, Q): pass', 'class R(X, X): pass', 'class R(X, P): pass',
            'class R(int, str): pass', 'class R(list, dict): pass', 'class R(bool): pass',
            'class R(object, X): pass']:
    try:
        exec(src)
        print('ok', src)
    except TypeError as e:
        print('TypeError:', e)

# Lookup goes left to right, depth after
class K1:
    x = 'K1'
class K2:
    x = 'K2'
    y = 'K2'
class K3(K1, K2): pass
print(K3.x, K3.y, K3().x)

# A built-in payload base anywhere: the class is laid out after it
class Mix:
    def double(self):
        return self * 2
class Num(Mix, int): pass
n = Num(21)
print(Num.__base__, n.double(), n + 1, [k.__name__ for k in Num.__mro__])
class Items(Mix, list): pass
print(Items([1, 2]).double())

# Exceptions through several bases
class E1(Exception): pass
class E2(ValueError, E1): pass
try:
    raise E2('boom')
except E1 as e:
    print('caught', type(e).__name__, e, [k.__name__ for k in E2.__mro__])

# A class holds its __mro__ (it starts with the class): the class lives in a
# cycle and is freed by the collector.
class Z: pass
print(sys.getrefcount(Z) > 2)
class W(Z): pass
before = sys.getrefcount(Z)
del W
print(sys.getrefcount(Z) == before)
gc.collect()
print(sys.getrefcount(Z) < before)
