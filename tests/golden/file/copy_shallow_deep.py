import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]["k"] is a[2]["k"], c == a)
class P:
    def __init__(self, x, y):
        self.x = x; self.y = y
p = P(1, [2])
q = copy.copy(p); r = copy.deepcopy(p)
print(type(q).__name__, q.x, q.y is p.y, r.y is p.y, r.y == p.y)
cyc = [1]; cyc.append(cyc)
d = copy.deepcopy(cyc); print(d[1] is d, d is not cyc)
shared = [0]; pair = [shared, shared]; dp = copy.deepcopy(pair); print(dp[0] is dp[1])
t = (1, 2, (3, 4)); print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2]); print(copy.deepcopy(t2) is t2, copy.deepcopy(t2))
class C:
    def __init__(self, v): self.v = v
    def __copy__(self): return C("copied " + str(self.v))
    def __deepcopy__(self, memo): return C("deep " + str(self.v))
print(copy.copy(C(1)).v, copy.deepcopy(C(2)).v, copy.deepcopy([C(3)])[0].v)
print(copy.copy({1: 2}), copy.copy({1, 2}), copy.deepcopy("s"), copy.deepcopy(None), copy.copy(5))
