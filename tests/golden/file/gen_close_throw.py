# throw(), close(), GeneratorExit, PEP 479, and the finalizer that closes a
# suspended generator when it is freed (by its count, or by the collector).
import gc

def catcher():
    while True:
        try:
            v = yield "ready"
            print("got", v)
        except ValueError as e:
            print("caught", repr(e))
        except GeneratorExit:
            print("closing")
            raise
g = catcher()
print(next(g))
print(g.throw(ValueError("one")))
print(g.throw(ValueError))
print(g.throw(ValueError, "three"))
print(g.send("hello"))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("escaped", repr(e))
print(g.gi_frame)
print(g.close())

# Throwing into a generator that has not started, or has finished.
def simple():
    yield 1
g = simple()
try:
    g.throw(RuntimeError("early"))
except RuntimeError as e:
    print("unstarted:", e)
print(next(g, "finished"))
try:
    g.throw(TypeError, TypeError("late"))
except TypeError as e:
    print("finished:", e)
try:
    g.throw(1)
except TypeError as e:
    print(e)
try:
    g.throw(ValueError("x"), 1)
except TypeError as e:
    print(e)

# close() runs finally blocks; a generator that yields again is an error.
def cleanup(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)
g = cleanup("a")
next(g)
g.close()
g.close()
print(g.gi_frame)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "no"
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"
g = returns_on_exit()
next(g)
print(g.close())

# PEP 479: StopIteration inside becomes RuntimeError.
def leaky():
    yield 1
    next(iter([]))
try:
    list(leaky())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

# A generator cannot run itself.
def selfish():
    yield next(me)
me = selfish()
try:
    next(me)
except ValueError as e:
    print(e)
print(me.gi_running)
def running_flag():
    yield me2.gi_running
me2 = running_flag()
print(next(me2))

# Freed while suspended: close() runs first (PEP 442).
g = cleanup("b")
next(g)
del g
print("after del")
g = cleanup("unstarted")
del g
print("nothing for an unstarted generator")
for x in cleanup("loop"):
    break
print("after break")

# In a cycle, the collector finalizes it (the finally block runs) and frees it.
def cyclic():
    me = yield
    try:
        yield "in cycle"
    finally:
        print("finally in cycle", type(me).__name__)
g = cyclic()
next(g)
g.send(g)
del g
print("collected", gc.collect())

class Holder:
    pass
def holds():
    h = Holder()
    h.gen = mine[0]
    try:
        yield h
    finally:
        print("holder finally")
mine = [None]
mine[0] = holds()
next(mine[0])
del mine
print("collected", gc.collect())
