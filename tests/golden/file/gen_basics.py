# Generator functions: yield, send, the return value, the generator's attributes.
def counter(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total

g = counter(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(repr(g).startswith("<generator object counter at 0x"))
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name, g.gi_yieldfrom)
print(next(g))
print(g.send(10))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)
print(g.gi_frame, g.gi_running)
print(next(g, "default"))
try:
    next(g)
except StopIteration as e:
    print("again", e.value, e.args)

class Box:
    def items(self):
        yield 1
        yield 2
print(Box().items().__qualname__, list(Box().items()))

def outer():
    def inner():
        yield "x"
    return inner()
print(outer().__qualname__)

# A just-started generator accepts only None.
g = counter(2)
try:
    g.send(1)
except TypeError as e:
    print(e)
print(g.send(None))

# Generators that never yield still are generators.
def never():
    if False:
        yield
    return 42
try:
    next(never())
except StopIteration as e:
    print("never", e.value)

# yield as an expression, inside bigger expressions, evaluated in order.
def expr():
    log = []
    x = (yield 1) + (yield 2)
    log.append(x)
    print("sum", x)
    y = [(yield "a"), (yield "b")]
    print("list", y)
    print("arg", (yield "c"), len(log))
    z = yield
    return z
g = expr()
out = [next(g)]
for v in [10, 20, "A", "B", "C", "Z"]:
    try:
        out.append(g.send(v))
    except StopIteration as e:
        out.append(("stop", e.value))
print(out)

# yield in if / while / for / with / try bodies, resumed in the middle.
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0])
        return False

def shapes():
    i = 0
    while i < 2:
        if i == 0:
            yield "if"
        else:
            yield "else"
        i += 1
    else:
        yield "while-else"
    for j in range(2):
        yield ("for", j)
    else:
        yield "for-else"
    with Ctx() as c:
        yield "with"
    try:
        yield "try"
        raise KeyError("k")
    except KeyError as e:
        yield ("except", repr(e))
    else:
        yield "not here"
    finally:
        yield "finally"
    try:
        yield "try2"
    except Exception:
        pass
    else:
        yield "else2"
print(list(shapes()))

def loop_control():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            yield i
        finally:
            yield ("fin", i)
    return "end"
print(list(loop_control()))

def ret_in_finally():
    try:
        yield 1
        return "from try"
    finally:
        yield 2
g = ret_in_finally()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print(e.value)
