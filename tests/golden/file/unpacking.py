a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abc'
print(init, last)
h, *mid, t = range(6)
print(h, mid, t)
for i, (k, v) in enumerate({'x': 1, 'y': 2}.items()):
    print(i, k, v)
x = y = [0]
print(x is y)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print(e)
