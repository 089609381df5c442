# __getattribute__ overridden: every read goes through it, object.__getattribute__
# is the generic lookup, and an AttributeError falls back to __getattr__.
import sys

class Logged:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)

    def method(self):
        return "method"

a = Logged()
print(a.x)
print(a.method())
print(getattr(a, "x"), hasattr(a, "nope"))

class Fallback:
    def __getattribute__(self, name):
        if name.startswith("v_"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback " + name

f = Fallback()
f.real = 2
print(f.real, f.v_one)
try:
    object.__getattribute__(f, "missing")
except AttributeError as e:
    print("generic:", e)

class Child(Logged):
    pass

c = Child()
print(c.x)

class Super:
    def __getattribute__(self, name):
        if name == "answer":
            return 42
        return super().__getattribute__(name)

s = Super()
s.y = 5
print(s.answer, s.y)

# an instance of a builtin subclass
class MyList(list):
    def __getattribute__(self, name):
        print("list get", name)
        return super().__getattribute__(name)

m = MyList([3, 1])
m.append(2)
print(m, len(m))

class Late:
    pass

late = Late()
late.q = 7
Late.__getattribute__ = lambda self, name: "late " + name
print(late.q)

for bad in [(f, 3), (f,)]:
    try:
        object.__getattribute__(*bad)
    except TypeError as e:
        print(e)

print(sys.getrefcount(a), sys.getrefcount(f))
