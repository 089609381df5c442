# iter(callable, sentinel): one call per step, the end at the sentinel or
# StopIteration, both let go of then; CPython's size and errors.
import sys
vals = iter([1, 2, 3, 0, 5])
it = iter(lambda: next(vals), 0)
print(sys.getsizeof(it))
print(list(it), list(it))
class Stop:
    n = 0
    def __call__(self):
        Stop.n += 1
        if Stop.n > 3:
            raise StopIteration
        return Stop.n
print(list(iter(Stop(), None)))
try:
    iter(5, 0)
except TypeError as e:
    print(e)
f = lambda: 7
s = 'sentinel'
it = iter(f, s)
print(sys.getrefcount(f), sys.getrefcount(s) > 2)
print(next(it))
del it
print(sys.getrefcount(f))
