# Arguments are moved into the callee's frame; a returned value is handed
# to the caller without an extra reference.
def one(p):
    return getrefcount(p)

def two(p, q):
    return getrefcount(p)

def make():
    return [1, 2, 3]

def ident(v):
    return v

def default_holder(x=[]):
    return getrefcount(x)

x = [0]
print(one(x))
print(two(x, x))
print(two(x, q=x))
y = make()
print(getrefcount(y))
z = ident(x)
print(getrefcount(x))
print(default_holder())
print(getrefcount(ident(make())))
