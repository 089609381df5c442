# async for and async with, driven by hand: every __anext__/__aenter__/
# __aexit__ result is awaited, and each await can suspend the coroutine.

class Pause:
    """Suspends whoever awaits it once, handing `tag` to the driver."""
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        sent = yield self.tag
        return sent

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        print("aiter")
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        got = await Pause(("next", self.n))
        self.n -= 1
        return (self.n, got)

class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        await Pause(("enter", self.name))
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        await Pause(("exit", self.name))
        return self.suppress

def drive(coro, label):
    n = 0
    value = None
    try:
        while True:
            step = coro.send(value)
            print(label, "yielded", step)
            n += 1
            value = n * 10
    except StopIteration as e:
        print(label, "returned", e.value)
    except Exception as e:
        print(label, "raised", type(e).__name__, e)

async def loop():
    out = []
    async for item in Countdown(3):
        out.append(item)
    else:
        out.append("else")
    return out

drive(loop(), "loop")

async def loop_break():
    async for i, got in Countdown(5):
        if i == 3:
            break
    else:
        print("not reached")
    return i

drive(loop_break(), "break")

async def managed():
    async with Manager("a") as a, Manager("b") as b:
        print("body", a, b)
        return a + b

drive(managed(), "with")

async def suppressed():
    async with Manager("s", suppress=True):
        raise KeyError("k")
    return "after"

drive(suppressed(), "suppress")

async def propagated():
    async with Manager("p"):
        1 / 0

drive(propagated(), "propagate")

async def mixed():
    total = 0
    async with Manager("m") as m:
        async for i, got in Countdown(2):
            total += got
    return total

drive(mixed(), "mixed")

# the errors CPython gives
async def for_int():
    async for x in 5:
        pass
drive(for_int(), "for int")

class NoAnext:
    def __aiter__(self):
        return self
async def for_no_anext():
    async for x in NoAnext():
        pass
drive(for_no_anext(), "no anext")

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 3
async def for_bad_anext():
    async for x in BadAnext():
        pass
drive(for_bad_anext(), "bad anext")

async def with_int():
    async with 3:
        pass
drive(with_int(), "with int")

class OnlyEnter:
    async def __aenter__(self):
        return 1
async def with_only_enter():
    async with OnlyEnter():
        pass
drive(with_only_enter(), "only enter")

class SyncEnter:
    def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 2
async def with_sync_enter():
    async with SyncEnter():
        pass
drive(with_sync_enter(), "sync enter")

# StopAsyncIteration is a builtin exception class
print(issubclass(StopAsyncIteration, Exception), StopAsyncIteration.__name__)
