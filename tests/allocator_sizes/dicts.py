import sys
d = {}
prev = -1
for i in range(200):
    d['k' + str(i)] = i
    s = sys.getsizeof(d)
    if s != prev:
        print('str', len(d), s)
        prev = s
d = {}
prev = -1
for i in range(200):
    d[i] = i
    s = sys.getsizeof(d)
    if s != prev:
        print('int', len(d), s)
        prev = s
d = {}
d['a'] = 1
print('mixed', sys.getsizeof(d))
d[1] = 2
print('mixed', sys.getsizeof(d))
for i in range(20):
    d[i + 100] = i
    print('mixed', len(d), sys.getsizeof(d))
d = {}
d[1] = 2
d['a'] = 3
print('int-then-str', sys.getsizeof(d))
print(sys.getsizeof({}), sys.getsizeof({'a': 1}), sys.getsizeof({'a': 1, 'b': 2}), sys.getsizeof({1: 1}), sys.getsizeof({1: 2, 3: 4}))
a = 'x'
for n in range(0, 25):
    src = {}
    for i in range(n):
        src['k' + str(i)] = i
    print('copy', n, sys.getsizeof(src), sys.getsizeof(src.copy()), sys.getsizeof(dict(src)))
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5}
print(sys.getsizeof(d), sys.getsizeof({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}), sys.getsizeof({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 7}))
print(sys.getsizeof({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}), sys.getsizeof({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11}))
print(sys.getsizeof({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 7, 'h': 8, 'i': 9, 'j': 10, 'k': 11, 'l': 12}))
x = 1
print(sys.getsizeof({'a': x, 'b': x, 'c': x, 'd': x, 'e': x, 'f': x, 'g': x}), sys.getsizeof({x: 1, 'b': 2}))
d = {}
for i in range(10):
    d['k' + str(i)] = i
for i in range(8):
    del d['k' + str(i)]
print('after del', sys.getsizeof(d))
d['new'] = 1
print('after del+insert', sys.getsizeof(d))
for i in range(10):
    d['z' + str(i)] = i
print('after refill', sys.getsizeof(d))
d = {}
for i in range(5):
    d['k' + str(i)] = i
d.pop('k1')
print('after pop', sys.getsizeof(d), sys.getsizeof(d.copy()))
d.clear()
print('clear', sys.getsizeof(d))
d['a'] = 1
print('clear+1', sys.getsizeof(d))
print(sys.getsizeof(dict()), sys.getsizeof(dict(a=1, b=2)), sys.getsizeof(dict([(1, 2), (3, 4)])), sys.getsizeof(dict(zip('abcdef', range(6)))))
d = {'a': 1}
d.update({'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6})
print('update', sys.getsizeof(d))
d.setdefault('g', 7)
print('setdefault', sys.getsizeof(d))
d = {}
for i in range(100):
    d[i] = i
for i in range(99):
    del d[i]
d[1000] = 1
print('bigdel', sys.getsizeof(d), sys.getsizeof(d.copy()))
print(sys.getsizeof({1.5: 1}), sys.getsizeof({(1, 2): 1}))
