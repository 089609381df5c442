# Subclasses of the built-in types: constructor arguments, inherited
# methods working on the instance, isinstance, repr, sizes, the instance
# dict, and the collector freeing cycles through them.
import sys, gc

class Stack(list):
    pass

s = Stack([3, 1, 2])
print(s, type(s).__name__, isinstance(s, list), isinstance(s, Stack), len(s))
s.append(4)
s.extend((5, 6))
print(s.pop(), s.pop(0), s, s[1:], s[-1], 2 in s, sorted(s), s.index(2))
s.sort()
print(s, sum(s), list(s), type(list(s)).__name__, s == [1, 2, 4, 5], s + [9])
print(type(s + [9]).__name__, type(s[:]).__name__, type(s.copy()).__name__)
print(sys.getsizeof(Stack()), sys.getsizeof(s), sys.getsizeof([]), gc.is_tracked(Stack()))
print(Stack.__base__, Stack.__mro__)
for x in Stack("ab"):
    print(x, end=" ")
print()

# The instance dict is made on first use; attributes go in it.
s.label = "stack"
print(s.label, s.__dict__, sys.getrefcount(s))
del s.label
print(s.__dict__)
try:
    s.label
except AttributeError as e:
    print("AttributeError:", e)
try:
    Stack(1, 2)
except TypeError as e:
    print("TypeError:", e)

class Table(dict):
    def total(self):
        return sum(self.values())

t = Table(a=1, b=2)
t["c"] = 3
print(t, t.total(), t.get("a"), list(t.items()), len(t), type(t.copy()).__name__)
print(sys.getsizeof(Table()), isinstance(t, dict), "a" in t)

class Bag(set):
    pass

print(Bag(), Bag([1]), sorted(Bag("abc")), sys.getsizeof(Bag()), Bag([1, 2]) | {3})

class Pair(tuple):
    def first(self):
        return self[0]

p = Pair((1, 2))
print(p, p.first(), len(p), p + (3,), hash(p) == hash((1, 2)), sys.getsizeof(p), sys.getsizeof(Pair()))

class Meters(int):
    def double(self):
        return Meters(self * 2)

m = Meters(21)
print(m, m + 1, type(m + 1).__name__, m.double(), type(m.double()).__name__, repr(m))
print(int(m), type(int(m)).__name__, m.real, type(m.real).__name__, sys.getsizeof(m), sys.getsizeof(Meters()))
print(m == 21, hash(m) == hash(21), {21: "x"}[m], Meters("7"), Meters("ff", 16))

class Celsius(float):
    pass

c = Celsius(21.5)
print(c, c * 2, type(c * 2).__name__, Celsius(), Celsius("1.5"), sys.getsizeof(c), float(c), type(float(c)).__name__)

class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("ada")
print(n, n.shout(), type(n.upper()).__name__, n + "m", n == "ada", len(n), n[0], "d" in n)
print(sys.getsizeof(n), sys.getsizeof(Name()), str(n), type(str(n)).__name__, {"ada": 1}[n])

class Blob(bytes):
    pass

b = Blob(b"xyz")
print(b, len(b), b[0], b.hex(), b + b"!", type(b + b"!").__name__, sys.getsizeof(b), sys.getsizeof(Blob()))

# __new__ and __init__ together, super() to the built-in base.
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())

print(Upper("hi"), type(Upper("hi")).__name__)

class Countdown(list):
    def __init__(self, n):
        super().__init__(range(n, 0, -1))
        self.n = n

cd = Countdown(3)
print(cd, cd.n)

class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    def __init__(self, x, y):
        self.tag = "p"

pt = Point(1, 2)
print(pt, pt.tag, pt[1])

class Shown(list):
    def __repr__(self):
        return "Shown" + super().__repr__()

print(Shown([1]), str(Shown([2])), [Shown()])

# Cycles through a subclass instance (and its dict) are the collector's.
gc.collect()
w = Stack()
w.me = w
del w
print(gc.collect())
w = Meters(3)
w.me = w
del w
print(gc.collect())
w = Stack()
w.append(w)
del w
print(gc.collect())
