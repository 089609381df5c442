# glass: heavy (thousands of calls into the Python-source functools module: the golden run audits every statement; the labelled sweep would take many minutes)
import functools
from functools import reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key, cached_property
import sys

# reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], 'init'))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print('TypeError:', e)

# partial
def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r
square = partial(power, exp=2)
print(square(7), square(3, exp=3))
p = partial(power, 2, mod=1000)
print(p(10), p.args, p.keywords, p.func is power)
q = partial(p, 20)
print(q(), q.args, q.keywords, q.func is power)
print(repr(partial(int, base=2)))
print(partial(int, '101', base=2)())
p.note = 'kept'
print(p.note)
try:
    partial()
except TypeError as e:
    print('TypeError:', e)
try:
    partial(5)
except TypeError as e:
    print('TypeError:', e)

# lru_cache: hits, misses, eviction order
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(calls, sq.cache_info())
print(sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info())
print(sq.__name__, sq.__wrapped__.__name__)

@lru_cache
def fib(n):
    "fibonacci"
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info(), fib.__doc__)

@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info())

@lru_cache(maxsize=None, typed=True)
def ident(x):
    return x
ident(1); ident(1.0); ident(True); ident(1)
print(ident.cache_info(), ident.cache_parameters())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())

@lru_cache(maxsize=-5)
def neg(x):
    return x
print(neg.cache_info())

try:
    lru_cache('x')
except TypeError as e:
    print('TypeError:', e)
try:
    sq([1])
except TypeError as e:
    print('TypeError:', e)

@lru_cache()
def kw(a, b=1, **k):
    return (a, b, sorted(k.items()))
print(kw(1), kw(1, b=2), kw(1, b=2), kw(a=1), kw.cache_info())

# the cache keeps arguments and results alive
class Big:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('freed Big', self.n)
@lru_cache(maxsize=1)
def make(n):
    return Big(n)
b = make(1)
del b
print('after del: still cached')
make(2)
print('after evicting')
make.cache_clear()
print('after clear')

class Box:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return self.v == o.v
@cache
def unbox(b):
    return b.v
key = Box(5)
before = sys.getrefcount(key)
unbox(key)
print(sys.getrefcount(key) - before)
unbox.cache_clear()
print(sys.getrefcount(key) - before)

# methods
class Calc:
    def __init__(self, k):
        self.k = k
    @lru_cache(maxsize=None)
    def mul(self, x):
        return self.k * x
c = Calc(3)
print(c.mul(4), c.mul(4), Calc.mul.cache_info())

# wraps
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        "inner doc"
        return f(*a, **k) + 1
    return inner
@deco
def add(a, b):
    "add two numbers"
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.__qualname__, add.__wrapped__(1, 2))
def plain():
    pass
functools.update_wrapper(plain, add)
print(plain.__name__, plain.__doc__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

# total_ordering
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v
a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), b >= V(2), V.__gt__.__name__)
try:
    a > 3
except TypeError as e:
    print('TypeError:', e)

@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v
print(G(1) < G(2), G(3) > G(2), G(2) <= G(2))
try:
    @total_ordering
    class N:
        pass
except ValueError as e:
    print('ValueError:', e)

# cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 9, 1], key=cmp_to_key(cmp)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda x, y: len(y) - len(x))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
try:
    hash(K(1))
except TypeError as e:
    print('unhashable key:', type(e).__name__)

# cached_property
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        "the area"
        print('computing')
        return 3 * self.r * self.r
cc = Circle(2)
print(cc.area, cc.area)
del cc.area
print(cc.area)
print(type(Circle.area).__name__, Circle.area.__doc__)

# singledispatch
@functools.singledispatch
def describe(x):
    return 'object'
@describe.register(int)
def _(x):
    return 'int ' + str(x)
@describe.register(list)
def _(x):
    return 'list of ' + str(len(x))
print(describe(3), describe(True), describe([1, 2]), describe('s'), describe.dispatch(bool).__name__)
