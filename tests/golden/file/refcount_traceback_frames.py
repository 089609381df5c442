# A traceback keeps every frame it passed through alive, with its locals.
def inner(data):
    local = data
    raise KeyError('x')

def outer(data):
    inner(data)

big = [0] * 3
try:
    outer(big)
except KeyError as e:
    print(getrefcount(big))
    kept = e
print(getrefcount(big))
del kept
print(getrefcount(big))
try:
    inner(big)
except KeyError:
    print(getrefcount(big))
print(getrefcount(big))
