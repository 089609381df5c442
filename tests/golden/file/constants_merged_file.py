# One file is one code block: equal constants of all its code objects are
# one object.
a = 12345
b = 12345
def f():
    return 12345
print(a is b, a is f())
s = 'hello world'
def g():
    return 'hello world'
print(s is g())
t = (1, 2, 'x')
u = (1, 2, 'x')
print(t is u)
v = 2.5
lam = lambda: 2.5
print(lam() is v)
class K:
    attr = 12345
print(K.attr is a)
def h(p=12345):
    return p
print(h() is a)
