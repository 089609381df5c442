# Every binding and container slot is one reference; getrefcount's own
# argument adds one more.
a = [1, 2]
print(getrefcount(a))
b = a
c = [a, a]
print(getrefcount(a))
d = {'k': a}
print(getrefcount(a))
del b
c.pop()
print(getrefcount(a))
d.clear()
print(getrefcount(a))
c[0] = None
print(getrefcount(a))
