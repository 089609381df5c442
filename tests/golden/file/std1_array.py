# glass: heavy (thousands of calls into the Python-source array module: the golden run audits every statement; the labelled sweep would take many minutes)
import array
import sys
from array import array as A

print(array.typecodes, array.ArrayType is A)
for tc in array.typecodes:
    a = A(tc)
    print(tc, a.itemsize, a.typecode, sys.getsizeof(a), repr(a))

# growth of the buffer, as getsizeof sees it
a = A('i')
sizes = []
for i in range(40):
    a.append(i)
    sizes.append(sys.getsizeof(a))
print(sizes)
b = A('d')
sizes = []
for i in range(30):
    b.extend([i, i])
    sizes.append(sys.getsizeof(b))
print(sizes)
print(sys.getsizeof(A('b', range(100))), sys.getsizeof(A('b', list(range(100)))), sys.getsizeof(A('q', [1] * 10)))
print(sys.getsizeof(A('h', b'\x00' * 40)), sys.getsizeof(A('i', [1, 2, 3]) * 5))
c = A('i', range(50))
for _ in range(45):
    c.pop()
print(len(c), sys.getsizeof(c))
del c[:]
print(len(c), sys.getsizeof(c))
print('compact:', sys.getsizeof(A('b', [1] * 1000)) < sys.getsizeof([1] * 1000))

# values and their C types
print(A('b', [-128, 127]), A('B', [0, 255]), A('h', [-32768, 32767]), A('H', [65535]))
print(A('i', [2 ** 31 - 1]), A('I', [2 ** 32 - 1]), A('l', [-2 ** 63]), A('L', [2 ** 64 - 1]))
print(A('q', [2 ** 63 - 1]), A('Q', [2 ** 64 - 1]), A('d', [1, 2.5, True]), A('f', [0.1, 1e300, -0.0, 1e-45]))
print(A('u', 'hello'), A('u', 'hello').tounicode(), A('b', [True, False]))
for tc, v in [('b', 128), ('b', -129), ('b', 40000), ('B', 256), ('B', -1), ('h', 2 ** 15), ('H', -1),
              ('H', 2 ** 32), ('i', 2 ** 31), ('I', -1), ('I', 2 ** 32), ('l', 2 ** 63), ('L', -5),
              ('L', 2 ** 64), ('q', 2 ** 63), ('Q', -1), ('Q', 2 ** 64), ('b', 2 ** 70)]:
    try:
        A(tc, [v])
    except OverflowError as e:
        print(tc, v, 'OverflowError:', e)
for tc, v in [('i', 1.5), ('b', 'x'), ('d', 'x'), ('u', 5), ('u', 'ab'), ('Q', 2.0)]:
    try:
        A(tc, [v])
    except TypeError as e:
        print(tc, repr(v), 'TypeError:', e)
for args in [('z',), (1,), ('ii',)]:
    try:
        A(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    A('i', 'abc')
except TypeError as e:
    print('TypeError:', e)

# sequence operations
a = A('i', [1, 2, 3])
print(a[0], a[-1], a[1:], a[::-1], len(a), 2 in a, 9 in a, list(a), a.tolist())
a[0] = 10
a[1:2] = A('i', [7, 8, 9])
print(a)
del a[0]
a.insert(0, 5)
a.insert(100, 6)
a.insert(-100, 4)
print(a, a.count(8), a.index(8), a.index(3, 1))
a.remove(9)
a.reverse()
print(a, a.pop(), a.pop(0), a)
print(a + A('i', [0]), a * 2, 2 * a, A('i', [1]) * 0)
a += A('i', [11])
a *= 2
print(a)
print(A('i', [1, 2]) == A('d', [1.0, 2.0]), A('i', [1]) < A('i', [1, 0]), A('i', [1]) == [1], A('b') != A('b'))
for f in [lambda: a[99], lambda: a.__setitem__(99, 1), lambda: a.pop(99), lambda: A('i').pop(),
          lambda: a.index(99), lambda: a.remove(99), lambda: a + [1], lambda: a + A('d'),
          lambda: a.extend(A('d')), lambda: a.__setitem__(slice(0, 1), [1]), lambda: a.frombytes(b'abc'),
          lambda: a.fromlist((1,)), lambda: hash(a)]:
    try:
        f()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', str(e).replace("'array.array'", "'array'"))

# bytes
h = A('h', [1, -2, 300])
print(h.tobytes(), A('h', h.tobytes()), A('d', [1.5, -2.0, 0.1]).tobytes())
print(A('f', [1.5, -0.25, 3.4028234663852886e38]).tobytes(), A('Q', [2 ** 64 - 1, 1]).tobytes())
f = A('f')
f.frombytes(A('f', [0.1, 2.5]).tobytes())
print(f, A('d', A('d', [float('inf'), -0.0, 5e-324]).tobytes()))
h.byteswap()
print(h)
h.fromlist([7, 8])
print(h, A('u', 'ab').tobytes())
e = A('d', [1.0])
e.extend((2, 3))
e.extend(A('d', [4.0]))
print(e, e.buffer_info()[1])
