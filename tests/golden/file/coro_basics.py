# Coroutines driven by hand (no event loop): send/throw/close, attributes,
# awaiting coroutines and __await__ iterators, CPython's errors.
import sys

async def leaf(x):
    return x * 2

async def middle(x):
    a = await leaf(x)
    b = await leaf(a)
    return a + b

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(middle(5)))

c = middle(1)
print(type(c).__name__, c.__name__, c.__qualname__)
print(repr(c).startswith("<coroutine object middle at 0x"))
print(c.cr_running, c.cr_await, c.cr_suspended, c.cr_origin)
print(c.cr_code is middle.__code__, c.cr_frame.f_code is middle.__code__)
print(sys.getsizeof(c))
print(run(c))
print(c.cr_frame, c.cr_await, c.cr_suspended)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()

class Step:
    """A generator-based awaitable: each yield reaches whoever drives."""
    def __init__(self, n):
        self.n = n
    def __await__(self):
        total = 0
        for i in range(self.n):
            got = yield ("tick", i)
            total += got
        return total

async def ticker():
    t = await Step(3)
    print("ticker got", t)
    return t + 1

co = ticker()
print(co.send(None))
print(type(co.cr_await).__name__)
print(co.send(10))
print(co.send(20))
try:
    co.send(30)
except StopIteration as e:
    print("returned", e.value)

# throw into a coroutine suspended in an await reaches the awaited iterator
async def guarded():
    try:
        await Step(5)
    except ValueError as e:
        print("caught", e)
        return "recovered"

g = guarded()
g.send(None)
try:
    g.throw(ValueError("boom"))
except StopIteration as e:
    print(e.value)

# close runs finally blocks
async def with_finally():
    try:
        await Step(2)
    finally:
        print("finally ran")

w = with_finally()
w.send(None)
w.close()
print(w.cr_frame)

# errors
async def await_int():
    await 1
try:
    await_int().send(None)
except TypeError as e:
    print("TypeError:", e)

class BadAwait:
    def __await__(self):
        return 42
async def await_bad():
    await BadAwait()
try:
    await_bad().send(None)
except TypeError as e:
    print("TypeError:", e)

async def nothing():
    return "n"
async def twice():
    c = nothing()
    await c
    await c
try:
    twice().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    middle(1).send(5)
except TypeError as e:
    print("TypeError:", e)

try:
    iter(leaf(2))
except TypeError as e:
    print("TypeError:", e)
try:
    next(leaf(3))
except TypeError as e:
    print("TypeError:", e)

async def raises_stop():
    raise StopIteration(3)
try:
    raises_stop().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# a coroutine awaiting itself
async def selfish():
    await me
me = selfish()
try:
    me.send(None)
except ValueError as e:
    print("ValueError:", e)

async def ignores_exit():
    try:
        await Step(3)
    except GeneratorExit:
        await Step(3)
i = ignores_exit()
i.send(None)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError:", e)
