# Classes (properties, static/class methods, dunders, super), closures, arguments, exceptions.
class Base:
    count = 0
    def __init__(self, x):
        self.x = x
        Base.count += 1
    def __repr__(self):
        return f"{type(self).__name__}({self.x!r})"
    def __eq__(self, other):
        return isinstance(other, Base) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
    def __lt__(self, other):
        return self.x < other.x
    @property
    def double(self):
        return self.x * 2
    @staticmethod
    def s(a):
        return a + 1
    @classmethod
    def make(cls, v):
        return cls(v)
class Child(Base):
    def __init__(self, x, y=0):
        super().__init__(x)
        self.y = y
    def __str__(self):
        return "Child<%s,%s>" % (self.x, self.y)
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
    def __contains__(self, v):
        return v == 99
    def __iter__(self):
        return iter([self.x, self.y])
    def __add__(self, o):
        return Child(self.x + o.x)
    def __bool__(self):
        return self.x != 0
a = Base(1); c = Child(2, 5)
print(a, c, repr(c), str(c), c.double, Base.s(1), Child.make(7), Base.count)
print(a == Base(1), a != Base(2), sorted([Base(3), Base(1)]), {Base(1), Base(1)}, len(c), c[1], list(c), 99 in c, 5 in c)
print(c + Child(1), bool(Child(0)), isinstance(c, Base), type(c).__mro__ if False else 0, Child.__name__, Child.__bases__ if False else 0)
print(getattr(c, "y"), hasattr(c, "z"), vars(c) if False else 0, c.__dict__, dir(c)[:0])
x, *rest = [1, 2, 3]; print(x, rest)
def gen_closure():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc
f = gen_closure(); f(); print(f(5))
def kw(a, b=2, *args, c, d=4, **kws):
    return (a, b, args, c, d, sorted(kws.items()))
print(kw(1, c=3), kw(1, 2, 3, 4, c=5, e=6), kw(*[1, 2], **{"c": 9}))
try:
    kw(1)
except TypeError as e:
    print(e)
try:
    raise KeyError("k")
except (ValueError, KeyError) as e:
    print(repr(e), e.args, str(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)
class MyErr(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise MyErr("bad", 3)
except MyErr as e:
    print(e, e.code, e.args)
def fin():
    try:
        return "try"
    finally:
        print("finally runs")
print(fin())
print([i for i in range(3) for j in range(i)], {i % 2 for i in range(5)}, (lambda *a: a)(1, 2))
g = (i * i for i in range(4)); print(next(g), list(g))
it = iter([1, 2]); print(next(it), next(it), next(it, "done"))
print(sorted({"b": 1, "a": 2}), list({"b": 1, "a": 2}.values()), {**{"a": 1}, "b": 2}, [*range(3), 9])
while True:
    break
else:
    print("no")
for i in range(2):
    pass
else:
    print("for-else", i)
print(type(1) is int, type("") is str, int.__name__, str(type(1.5)), repr(type([])))
import sys
print(sys.maxsize, sys.version_info[:2] if False else 0, sys.getrecursionlimit())
print(1 if [] else 2, [] or "x", 0 and 1, not None, None is None)
print(globals()["x"], "x" in dir())
