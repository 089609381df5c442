# yield wherever an expression may hold it, with CPython's evaluation order
# and short-circuiting. Each generator is driven by `drive`, which sends
# 1, 2, 3... and prints what was yielded.

def drive(g):
    out = []
    n = 0
    try:
        v = g.send(None)
        while True:
            out.append(v)
            n += 1
            v = g.send(n)
    except StopIteration as e:
        out.append(("returned", e.value))
    return out

class Loud:
    def __init__(self, name, truth):
        self.name = name
        self.truth = truth
    def __bool__(self):
        print("bool", self.name)
        return self.truth
    def __repr__(self):
        return self.name

def logged(x):
    print("eval", x)
    return x

def and_or():
    a = logged(0) and (yield "and-skipped")
    b = logged(1) and (yield "and-taken")
    c = logged(1) or (yield "or-skipped")
    d = logged(0) or (yield "or-taken")
    e = (yield "first") or (yield "second")
    f = logged(1) and logged(2) and (yield "third-of-three")
    return a, b, c, d, e, f
print(drive(and_or()))

def truth_once():
    r = Loud("L", True) and (yield "after L")
    return r
print(drive(truth_once()))

def conditional():
    x = (yield "then") if logged(True) else (yield "else")
    y = (yield "then2") if logged(False) else logged("plain")
    z = logged("a") if (yield "test") else logged("b")
    return x, y, z
print(drive(conditional()))

def chained():
    r1 = logged(1) < logged(2) < (yield "third")
    r2 = logged(3) < logged(2) < (yield "never")
    r3 = 0 < (yield "mid") < 10
    return r1, r2, r3
print(drive(chained()))

def loop_test():
    n = 0
    while (yield ("test", n)) < 3:
        n += 1
    else:
        print("while else, n =", n)
    return n
print(drive(loop_test()))

def loop_break():
    while (yield "t"):
        break
    else:
        print("not printed")
    return "broke"
print(drive(loop_break()))

def asserts():
    assert (yield "assert test")
    try:
        assert not (yield "failing"), (yield "message")
    except AssertionError as e:
        print("AssertionError:", e)
    assert True, (yield "never evaluated")
    return "ok"
print(drive(asserts()))

def targets():
    d = {}
    d[(yield "key")] = logged("value")
    class O:
        pass
    objs = [O() for _ in range(30)]
    objs[(yield "index for attr")].attr = (yield "attr value")
    a, d[(yield "k2")] = logged("x"), logged("y")
    first = second = (yield "both")
    lst = [0] * 30
    lst[(yield "aug index")] += 100
    d[7] = "seven"
    del d[(yield "del key")]
    return sorted(d.items()), first, second, lst, [(i, getattr(o, "attr", None)) for i, o in enumerate(objs) if getattr(o, "attr", None)]
print(drive(targets()))

def nested_call():
    r = logged(max)(logged(1), (yield "arg"), *[logged(7)], (yield "arg2"))
    s = [*logged([1, 2]), (yield "after star")]
    return r, s
print(drive(nested_call()))

def walrus():
    if (x := (yield "w")) > 0:
        return x
print(drive(walrus()))

class Ctx:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, *a):
        print("exit", self.n)

def with_items():
    with Ctx(1) as a, Ctx((yield "second item")) as b:
        print("body", a, b)
    return a + b
print(drive(with_items()))

def raising():
    try:
        raise ValueError("v") from KeyError((yield "cause"))
    except ValueError as e:
        return repr(e.__cause__)
print(drive(raising()))

def bad_cause():
    try:
        raise ValueError from (yield "not an exception")
    except TypeError as e:
        return str(e)
print(drive(bad_cause()))

class E(Exception):
    pass
def raising2():
    try:
        raise E((yield "cause-arg")) from None
    except E as e:
        return e.args
print(drive(raising2()))

def fstrings():
    return f"<{(yield 'f')}|{logged('tail')}>"
print(drive(fstrings()))

# the operands evaluated before a yield stay alive (as on CPython's stack)
import sys
def holds():
    big = [1, 2, 3]
    r = len(big) + (yield sys.getrefcount(big))
    return r
print(drive(holds()))
