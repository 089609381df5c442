# A subclass of a built-in type that overrides the type's operators: the
# built-ins call the override where CPython's slots do, and super() (or
# the base type's method called directly) reaches the built-in behaviour.

class Clamped(list):
    def __getitem__(self, i):
        if isinstance(i, int) and i >= len(self):
            i = len(self) - 1
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        list.__setitem__(self, i, v * 10)
    def __len__(self):
        return super().__len__() + 100
    def __contains__(self, x):
        return x == "anything" or list.__contains__(self, x)

c = Clamped([1, 2, 3])
print(c[0], c[99], c[1:], len(c), list.__len__(c), "anything" in c, 2 in c, 7 in c)
c[0] = 5
print(c, bool(c), bool(Clamped()))

class Reversed(list):
    def __iter__(self):
        return iter(list(super().__iter__())[::-1])

print(list(Reversed([1, 2, 3])), [x for x in Reversed("ab")], sorted(Reversed([3, 1, 2])))

class Loud(dict):
    def __getitem__(self, k):
        return super().__getitem__(k).upper()
    def __repr__(self):
        return "Loud(" + dict.__repr__(self) + ")"

d = Loud(a="x")
print(d["a"], d.get("a"), d, str(d), [d])

class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))
    def __radd__(self, other):
        return Money(int(other) + int(self))
    def __repr__(self):
        return "$" + int.__repr__(self)
    def __eq__(self, other):
        return int(self) == int(other)
    __hash__ = int.__hash__

m = Money(5)
print(m + 1, 1 + m, type(m + 1).__name__, m == 5.0, m != 5, {m: 1}, sum([Money(1), Money(2)]))

class Caseless(str):
    def __eq__(self, other):
        return self.lower() == other.lower()
    def __lt__(self, other):
        return self.lower() < other.lower()

a = Caseless("Abc")
print(a == "aBC", a != "x", a < "B", "B" > a, sorted([Caseless("b"), Caseless("A")]))
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)

class Truthy(list):
    def __bool__(self):
        return True

print(bool(Truthy()), "yes" if Truthy() else "no", not Truthy([]))

class Bad(list):
    def __len__(self):
        return -1

try:
    len(Bad())
except ValueError as e:
    print("ValueError:", e)

class Str2(str):
    def __str__(self):
        return "str2!"

print(Str2("x"), repr(Str2("x")), f"{Str2('y')!s}", str(Str2("z")))
