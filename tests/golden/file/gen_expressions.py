# Generator expressions are lazy, run in a scope of their own, and evaluate
# only their first iterable when they are made.
import sys

g = (print("made", i) for i in range(3))
print("created")
for _ in g:
    pass

def endless():
    i = 0
    while True:
        yield i
        i += 1
print(next(x for x in endless() if x > 3))

# The first iterable is evaluated at creation, the others while iterating.
def noisy(name, n):
    print("iter", name)
    return range(n)
g = (a * 10 + b for a in noisy("outer", 2) for b in noisy("inner", 2))
print("made pairs")
print(list(g))
try:
    (x for x in 5)
except TypeError as e:
    print("at creation:", e)
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("while iterating:", e)

# Their own scope: the loop variable does not leak.
x = "outer x"
print(list(x for x in "ab"), x)

# A generator does not build the list: its size does not grow with the input.
print(sys.getsizeof(x * x for x in range(10)))
print(sys.getsizeof(x for x in range(10 ** 6)))
print(sys.getsizeof([x for x in range(10)]))
g = (x for x in range(3))
print(type(g).__name__, g.__name__, g.__qualname__)
print(repr(g).startswith("<generator object <genexpr> at 0x"))
def f():
    return (y for y in range(2))
print(f().__qualname__)

def sizes():
    def a():
        yield 1
    def b(p, q, r):
        for i in p:
            yield i + q * r
    def c(n):
        total = 0
        for i in range(n):
            total += yield i
        return total
    def d(items):
        for k, v in items.items():
            if k:
                yield f"{k}={v}"
    def e():
        try:
            yield 1
        finally:
            print("done")
    def g2(t):
        yield from t
        yield t.value, len(t)
    gens = [a(), b(1, 2, 3), c(3), d({}), e(), g2([])]
    for gen in gens:
        print(gen.__name__, sys.getsizeof(gen))
sizes()

print(sum(x * x for x in range(100)))
print(max(x % 7 for x in range(50)), min((x - 3) ** 2 for x in range(9)))
print(sorted(c for c in "generator"), "".join(c.upper() for c in "abc"))
print(dict((k, k * 2) for k in range(3)), tuple(x for x in "xy"), set(x % 2 for x in range(5)))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
