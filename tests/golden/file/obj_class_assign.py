# __class__ assignment: only between classes of the program whose instances
# have the same layout; the instance's reference moves to the new class.
import sys

class A:
    def who(self):
        return "A"

class B:
    def who(self):
        return "B"

a = A()
a.data = [1]
print(sys.getrefcount(A), sys.getrefcount(B))
a.__class__ = B
print(type(a).__name__, a.who(), a.data, isinstance(a, B), isinstance(a, A))
print(sys.getrefcount(A), sys.getrefcount(B))
print("__class__" in a.__dict__, a.__dict__)

class S:
    __slots__ = ("x",)

class S2:
    __slots__ = ("x",)

class S3:
    __slots__ = ("y",)

class L(list):
    pass

class L2(list):
    pass

class VE(ValueError):
    pass

class VE2(ValueError):
    pass

class KE(KeyError):
    pass

def attempt(obj, cls):
    try:
        obj.__class__ = cls
        print("ok", type(obj).__name__)
    except TypeError as e:
        print(e)

s = S()
s.x = 3
attempt(s, S2)
print(s.x)
attempt(S(), S3)
attempt(A(), S)
attempt(A(), L)
attempt(L(), A)
l = L([1, 2])
attempt(l, L2)
print(l, type(l).__name__)
attempt(L(), list)
attempt(VE(), VE2)
attempt(VE(), KE)
attempt(VE(), A)
attempt(1, A)
attempt(A(), int)
attempt(A(), 3)
attempt(len, A)
attempt(A, type)
try:
    del a.__class__
except TypeError as e:
    print(e)

class Counted:
    def __del__(self):
        print("del", type(self).__name__)

class Other(Counted):
    pass

c = Counted()
c.__class__ = Other
del c
print(sys.getrefcount(Counted), sys.getrefcount(Other))
