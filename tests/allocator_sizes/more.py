import sys
a = 1
for n in range(0, 14):
    l = list(range(n))
    l2 = l[:]
    l2 += (0,) * 3
    l3 = list(range(n))
    l3[:] = range(n + 3)
    l4 = list(range(n))
    l4[1:1] = [a] * 5
    l5 = list(range(n))
    l5.extend(iter(range(4)))
    l6 = list(range(n))
    l6.extend(enumerate([1, 2]))
    l7 = [a] * n
    l7 += 'abc'
    print(n, sys.getsizeof(l2), sys.getsizeof(l3), sys.getsizeof(l4), sys.getsizeof(l5), sys.getsizeof(l6), sys.getsizeof(l7), sys.getsizeof(l * 0), sys.getsizeof(list(l)), sys.getsizeof([l] * 2))
l = list(range(10))
while l:
    l.remove(l[0])
    print('rm', len(l), sys.getsizeof(l))
l.append(1)
print('rm+app', sys.getsizeof(l))
l = list(range(10))
while l:
    l.pop(0)
print('pop0', sys.getsizeof(l))
l.append(1)
print('pop0+app', sys.getsizeof(l))
l = list(range(10))
del l[:]
print('delall', sys.getsizeof(l))
l = list(range(10))
while l:
    del l[-1]
    print('del', len(l), sys.getsizeof(l))
l = list(range(20))
del l[::2]
print('delext', sys.getsizeof(l))
l = []
for i in range(20):
    l.insert(0, i)
print('ins', sys.getsizeof(l))
print(sys.getsizeof('a b c d e f g h i j k l m n o'.split()), sys.getsizeof('a,b'.split(',', 1)), sys.getsizeof('a b c'.split(None, 0)), sys.getsizeof('a\nb\nc'.splitlines()), sys.getsizeof('a b'.rsplit()))
d = dict([(1, 2), (3, 4), (5, 6)])
print(sys.getsizeof(d), sys.getsizeof(dict(zip(range(10), range(10)))))
d = {}
d.update([(i, i) for i in range(7)])
print(sys.getsizeof(d))
d = {'a': 1, 'b': 2}
d.update({'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 7, 'h': 8})
print(sys.getsizeof(d))
d = {1: 2}
d2 = {'a': 1, 'b': 2, 'c': 3}
d.update(d2)
print(sys.getsizeof(d))
e = {}
e.update(d2)
print(sys.getsizeof(e), sys.getsizeof(dict(d2)), sys.getsizeof(dict(e)))
d = {}
for i in range(10):
    d[str(i)] = i
d.clear()
d.update({'a': 1})
print(sys.getsizeof(d))
d = {'a': 1}
del d['a']
d2 = {'x': 1, 'y': 2}
d.update(d2)
print(sys.getsizeof(d))
print(sys.getsizeof(2 ** 100), sys.getsizeof(-(2 ** 64)), sys.getsizeof(3 * 10 ** 50 // 7), sys.getsizeof(int('1' * 30)))
print(sys.getsizeof('abc' + 'déf'), sys.getsizeof('x'.join(['é', '😀'])), sys.getsizeof('ÉCOLE'.lower()), sys.getsizeof('€'.upper()), sys.getsizeof(' é '.strip()), sys.getsizeof('aé'.replace('é', 'e')))
print(sys.getsizeof(str(3.5)), sys.getsizeof(repr('é')), sys.getsizeof('%s' % 5) if False else 0, sys.getsizeof(f'{"é"}x'), sys.getsizeof('{:>6}'.format('é')))
print(sys.getsizeof(tuple('abc')), sys.getsizeof(tuple({1: 2})), sys.getsizeof(tuple(x for x in [1, 2]) if False else ()), sys.getsizeof(tuple([1, 2]) + (3,)))
print(sys.getsizeof(enumerate('ab')), sys.getsizeof(iter(set())), sys.getsizeof({1: 2}.items()))
print(sys.getsizeof(3.0 + 1), sys.getsizeof(abs(-2.5)), sys.getsizeof(float('1.5')), sys.getsizeof(int(3.7)), sys.getsizeof(True + True))
