# Found by the fuzzer (session 15, gc-stress-0-2): `Echo.__iter__` below lost its
# `return`, and `yield from Echo()` held the object uncounted while __iter__ ran
# (--audit: "object (object) has reference count 2 but 1 holders").
# yield from: delegation of next/send/throw/close and the return value.
def inner():
    try:
        x = yield "i1"
        print("inner got", x)
        y = yield "i2"
        print("inner got", y)
    except KeyError as e:
        print("inner caught", repr(e))
        yield "i-after-catch"
    finally:
        print("inner finally")
    return "inner result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
    return "outer result"

g = outer()
print(next(g))
print(g.gi_yieldfrom.__name__)
print(g.send("a"))
print(g.send("b"))
print(g.gi_yieldfrom)
try:
    next(g)
except StopIteration as e:
    print("done", e.value)

g = outer()
next(g)
print(g.throw(KeyError("k")))
print(next(g))
g = outer()
next(g)
g.close()
print("closed", g.gi_frame)

# Over other iterables.
def flat(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flat(x)
        else:
            yield x
print(list(flat([1, [2, [3, [4, []]], 5], "ab"])))
def chain(*its):
    for it in its:
        r = yield from it
        print("returned", r)
print(list(chain(range(2), "xy", (z for z in [9]), iter([7]))))

class Echo:
    def __init__(self):
        self.n = 0
    def __iter__(self):
         self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration(self.n)
        return self.n
    def send(self, v):
        return ("echo", v)
def via_echo():
    r = yield from Echo()
    return r
g = via_echo()
print(next(g), g.send("s"), next(g))
try:
    next(g)
except StopIteration as e:
    print("echo returned", e.value)

def no_throw():
    yield from Echo()
g = no_throw()
next(g)
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("not delegated:", e)

# A binary tree walked by recursive generators.
class Tree:
    def __init__(self, left, value, right):
        self.left, self.value, self.right = left, value, right
    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right
def tree(r):
    if not r:
        return None
    i = len(r) // 2
    return Tree(tree(r[:i]), r[i], tree(r[i + 1:]))
t = tree(range(1000))
print(sum(t), list(t) == list(range(1000)))

# Deep delegation: 100 levels give a value; far past the limit, RecursionError.
def deep(n):
    if n == 0:
        yield "bottom"
    else:
        yield from deep(n - 1)
print(list(deep(100)))
try:
    list(deep(5000))
except RecursionError as e:
    print("RecursionError", e)
def recurse(n):
    return recurse(n + 1)
def calls_deep():
    yield 1
    recurse(0)
try:
    list(calls_deep())
except RecursionError as e:
    print("RecursionError in a generator")
