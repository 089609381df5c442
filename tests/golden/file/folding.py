# Constant folding as CPython's AST optimiser, within its limits.
a = 2 ** 10
b = 1024
print(a is b)
c = 10 ** 20
d = 100000000000000000000
print(c is d)
e = -7000
f = 0 - 7000
print(e is f)
s = 'ab' * 3
t = 'ababab'
print(s is t)
u = (1, 2) + (3,)
v = (1, 2, 3)
print(u is v)
n = 10
big = n ** 20
print(big == c, big is c)
w = 'x' * 5000
w2 = 'x' * 5000
print(w == w2, w is w2)
p = 2 ** 200
q = 2 ** 200
print(p == q, p is q)
r = 2 ** 100
r2 = 2 ** 100
print(r is r2)
x = 1 / 0 if False else 5
print(x)
