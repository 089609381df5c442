# with: __enter__/__exit__ order, targets, suppression, return/break/continue
# inside the body, errors of the protocol, and the counts it holds.
import sys
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress

with CM("a") as c:
    print("body", c.name, sys.getrefcount(c))
with CM("b", True):
    1 / 0
print("after b")
with CM("c") as x, CM("d") as y:
    print(x.name, y.name)
def f():
    with CM("e"):
        return 42
print(f())
for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("i", i)
try:
    with CM("g"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e, e.__context__)
class Bad:
    pass
try:
    with Bad():
        pass
except TypeError as e:
    print(e)
class OnlyEnter:
    def __enter__(self): return 1
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise KeyError("in exit")
try:
    with ExitRaises():
        raise ValueError("v")
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)
class EnterRaises:
    def __enter__(self): raise RuntimeError("enter")
    def __exit__(self, *a): print("should not run")
try:
    with EnterRaises():
        print("no")
except RuntimeError as e:
    print("RuntimeError", e)
d = {}
with CM("h") as d["k"]:
    pass
print(d["k"].name)
import gc
cm = CM("i")
print(sys.getrefcount(cm))
with cm:
    print(sys.getrefcount(cm))
print(sys.getrefcount(cm))
