counter = 0
def bump():
    global counter
    counter += 1
bump()
bump()
print(counter)

def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c2())

def shadow():
    counter = 100
    return counter
print(shadow(), counter)

def unbound():
    print(counter)
    counter = 5
try:
    unbound()
except NameError as e:
    print(type(e).__name__, e)

def outer():
    v = 'outer'
    def mid():
        def inner():
            return v
        return inner()
    return mid()
print(outer())
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
