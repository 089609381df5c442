import sys
a, b, c = 1, 2, 3
print(sys.getsizeof([]), sys.getsizeof([a]), sys.getsizeof([a, b]), sys.getsizeof([a, b, c]), sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2, 3, 4, 5]))
print(sys.getsizeof([1]), sys.getsizeof([1, 2]), sys.getsizeof(['a', 'b', 'c']), sys.getsizeof([a, 2, 3]))
for n in range(0, 20):
    print(n, sys.getsizeof([0] * n), sys.getsizeof([a, b] * n), sys.getsizeof(list(range(n))), sys.getsizeof([i for i in range(n)]), sys.getsizeof(list([0] * n)), sys.getsizeof(list((0,) * n)), sys.getsizeof([0] * n + [1]))
l = []
prev = -1
for i in range(100):
    l.append(i)
    s = sys.getsizeof(l)
    if s != prev:
        print('append', len(l), s)
        prev = s
while l:
    l.pop()
    s = sys.getsizeof(l)
    if s != prev:
        print('pop', len(l), s)
        prev = s
l = list(range(50))
print(sys.getsizeof(l[:]), sys.getsizeof(l[1:10]), sys.getsizeof(l[::2]), sys.getsizeof(l[5:5]), sys.getsizeof(l.copy()))
for k in [0, 1, 2, 3, 5, 9, 17]:
    e = []
    e.extend(range(k))
    f = [1]
    f.extend([0] * k)
    g = [1, 2, 3, 4]
    g.extend((0,) * k)
    h = []
    h += [0] * k
    print('extend', k, sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(h))
l = list(range(20))
l.clear()
print('clear', sys.getsizeof(l))
l.append(1)
print('clear+append', sys.getsizeof(l))
l = list(range(20))
del l[2:18]
print('del slice', sys.getsizeof(l))
l = list(range(20))
l[2:18] = []
print('assign slice', sys.getsizeof(l))
l = [1, 2, 3]
l[1:2] = [7, 8, 9, 10, 11]
print('grow slice', sys.getsizeof(l))
l = list(range(10))
l.insert(0, 5)
print('insert', sys.getsizeof(l))
l = list(range(10))
l.remove(3)
print('remove', sys.getsizeof(l))
l = list(range(10))
l.reverse(); l.sort()
print('sort', sys.getsizeof(l), sys.getsizeof(sorted(l)), sys.getsizeof(sorted(range(7))), sys.getsizeof(sorted((3, 1, 2))))
l = list(range(10))
while len(l) > 1:
    l.pop(0)
    print('pop0', len(l), sys.getsizeof(l))
print(sys.getsizeof(list('hello')), sys.getsizeof('a b c'.split()), sys.getsizeof(list({1: 2, 3: 4})), sys.getsizeof(list(enumerate([1, 2]))))
print(sys.getsizeof([x for x in 'abc']), sys.getsizeof([[]] * 3), sys.getsizeof(list(zip([1, 2], [3, 4]))))
l = [0] * 10
l *= 2
print('imul', sys.getsizeof(l))
print(sys.getsizeof(list(map(str, [1, 2, 3]))), sys.getsizeof(list(filter(None, [1, 0, 2]))))
print(sys.getsizeof(list({1: 2}.items())), sys.getsizeof(list({1: 2}.values())), sys.getsizeof(list({1: 2}.keys())))
