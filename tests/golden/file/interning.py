import sys
a = 'hello_world'
def f():
    return 'hello_world'
print(a is f())
b = 'hello' + '_world'
print(a is b)
x = 'hel'
c = x + 'lo_world'
print(c == a, c is a)
d = sys.intern(c)
print(d is a)
e = 'hello world!'
g = ''.join(['hello', ' ', 'world!'])
print(e == g, e is g)
abc = 'abc'
xbz = 'xbz'
h = abc[1]
i = xbz[1]
print(h is i)
for ch in 'bb':
    print(ch is h)
k = 'hello world!'
print(k is e)
