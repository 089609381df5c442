# A captured variable lives in a cell: the cell holds the one reference,
# the closure holds the cell.
def outer():
    data = [1, 2, 3]
    def inner():
        return len(data)
    print(getrefcount(data))
    alias = data
    print(getrefcount(data))
    return inner

f = outer()
print(f())
print(getrefcount(f))
g = f
print(getrefcount(f))
del g
print(getrefcount(f))
