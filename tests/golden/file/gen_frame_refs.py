# A suspended generator's frame is data: its locals, the iterators of its
# loops in progress and its temporaries are counted references.
import gc, sys

def keep(x):
    yield "first"
    yield "second"

a = ["payload"]
print(getrefcount(a))
g = keep(a)          # the argument moves into the generator's frame
print(getrefcount(a))
next(g)
print(getrefcount(a))
g.close()            # the frame is released
print(getrefcount(a))

def walk(items):
    for x in items:
        yield x
items = [1, 2, 3]
w = walk(items)
next(w)              # the local and the list iterator both hold the list
print(getrefcount(items))
del w
print(getrefcount(items))

def with_temp(f, x):
    result = f(x, (yield "paused"))
    yield result
b = ["b"]
def pair(p, q):
    return (p, q)
g = with_temp(pair, b)
print(next(g), getrefcount(b))
print(g.send("sent"), getrefcount(b))

# The generator holds its function (3.11's frame has f_func).
def gen_func():
    yield 1
print(getrefcount(gen_func))
g = gen_func()
print(getrefcount(gen_func))
del g
print(getrefcount(gen_func))

# A generator that refers to itself through its frame is a cycle.
def self_ref():
    me = yield
    yield 1
g = self_ref()
next(g)
g.send(g)
print(getrefcount(g))
del g
print(gc.collect())

def list_cycle():
    box = [None]
    box[0] = box
    yield box
g = list_cycle()
next(g)
del g
print(gc.collect())
print(gc.is_tracked(x for x in []))
print(sys.getsizeof(keep(None)), sys.getsizeof(walk([])))
