import sys
s = set()
print('set', sys.getsizeof(s))
for i in range(40):
    s = set(range(i))
    print('set', i, sys.getsizeof(s))
s = set()
prev = -1
for i in range(100):
    s.add(i)
    if sys.getsizeof(s) != prev:
        prev = sys.getsizeof(s)
        print('add', len(s), prev)
print(sys.getsizeof({1, 2, 3}), sys.getsizeof(set('abc')))
print('range', sys.getsizeof(range(5)), sys.getsizeof(range(0)))
def f():
    pass
def g(a, b=1, *args, **kw):
    return a
print('func', sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(lambda: 0), sys.getsizeof(lambda x: x))
class A:
    pass
class B:
    def __init__(self, n):
        for i in range(n):
            setattr(self, 'a' + str(i), i)
    def m(self):
        pass
class C(B):
    pass
for n in range(8):
    print('inst', n, sys.getsizeof(B(n)))
print('plain', sys.getsizeof(A()), sys.getsizeof(C(3)))
b = B(1)
print('method', sys.getsizeof(b.m), sys.getsizeof(B.m))
def outer():
    x = 1
    def inner():
        return x
    return inner
fn = outer()
print('cell', sys.getsizeof(fn.__closure__[0]), sys.getsizeof(fn.__closure__), sys.getsizeof(fn))
try:
    1 / 0
except ZeroDivisionError as e:
    print('exc', sys.getsizeof(e))
print('exc', sys.getsizeof(ValueError('x')), sys.getsizeof(Exception()), sys.getsizeof(KeyError(1, 2)))
class MyErr(Exception):
    pass
print('myexc', sys.getsizeof(MyErr()))
print('slice', sys.getsizeof(slice(1, 2)), sys.getsizeof(slice(1, 2, 3)))
print('iter', sys.getsizeof(iter([1])), sys.getsizeof(iter((1,))), sys.getsizeof(iter('ab')), sys.getsizeof(iter(range(3))), sys.getsizeof(iter({1: 2})))
print('iter2', sys.getsizeof(enumerate([1])), sys.getsizeof(zip([1], [2])), sys.getsizeof(reversed([1, 2])))
print('iter3', sys.getsizeof(iter({1: 2}.values())), sys.getsizeof(iter({1: 2}.items())), sys.getsizeof(map(str, [1])), sys.getsizeof(filter(None, [1])))
print('views', sys.getsizeof({}.keys()), sys.getsizeof({}.values()), sys.getsizeof({}.items()))
print('none', sys.getsizeof(None))
print('types', sys.getsizeof(int), sys.getsizeof(A), sys.getsizeof(B), sys.getsizeof(type), sys.getsizeof(object), sys.getsizeof(ValueError), sys.getsizeof(MyErr))
print('builtin', sys.getsizeof(len), sys.getsizeof(print), sys.getsizeof([].append), sys.getsizeof('a'.upper))
print('mod', sys.getsizeof(sys))
import weakref
r = weakref.ref(b)
print('weakref', sys.getsizeof(r))
print('ellipsis', sys.getsizeof(...), sys.getsizeof(NotImplemented))
print('obj', sys.getsizeof(object()))
class P:
    def x(self):
        return 1
print('prop', sys.getsizeof(property(P.x)), sys.getsizeof(staticmethod(P.x)), sys.getsizeof(classmethod(P.x)))
print('super')
