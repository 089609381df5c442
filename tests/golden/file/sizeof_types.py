import sys
n = 2
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(n ** 30), sys.getsizeof(n ** 60), sys.getsizeof(-(n ** 90)))
print(sys.getsizeof(1.5), sys.getsizeof(None), sys.getsizeof(True), sys.getsizeof(False))
print(sys.getsizeof(''), sys.getsizeof('abc'), sys.getsizeof('x' * 100))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)))
l = []
sizes = []
for i in range(20):
    sizes.append(sys.getsizeof(l))
    l.append(i)
print(sizes)
print(sys.getsizeof([1, 2, 3]), sys.getsizeof(list(range(5))), sys.getsizeof([0] * 10))
e = []
e.extend((1, 2, 3))
print(sys.getsizeof(e))
print(sys.getsizeof({}))
d = {}
ds = []
for i in range(12):
    d['k' + str(i)] = i
    ds.append(sys.getsizeof(d))
print(ds)
di = {}
dis = []
for i in range(12):
    di[i] = i
    dis.append(sys.getsizeof(di))
print(dis)

class E:
    pass

print(sys.getsizeof(E()))
def f():
    pass
print(sys.getsizeof(f))
print(sys.getsizeof(E().__init__) if False else sys.getsizeof(len))
