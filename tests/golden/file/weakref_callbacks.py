import weakref

class A:
    pass

def cb(r):
    print('callback, target gone:', r() is None)

a = A()
r = weakref.ref(a, cb)
print(r() is a, weakref.getweakrefcount(a))
del a
print(r() is None)
b = A()
r1 = weakref.ref(b, lambda r: print('first'))
r2 = weakref.ref(b, lambda r: print('second'))
print(weakref.getweakrefcount(b))
del b

class B:
    def __del__(self):
        print('B del')

c = B()
r3 = weakref.ref(c, lambda r: print('B callback'))
del c
e = A()
plain = weakref.ref(e)
print(plain() is e)
del e
print(plain())
print('end')
