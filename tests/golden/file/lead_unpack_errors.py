# Unpacking what cannot be iterated, and deleting items of what cannot:
# CPython 3.11's texts; an error raised by __iter__ itself passes through.
class A:
    def __iter__(self):
        raise TypeError("'A' object is not iterable")
class B:
    pass
def attempt(f):
    try:
        f()
    except TypeError as e:
        print(e)
def unpack(v):
    a, b = v
def unpack_star(v):
    a, *b = v
for v in (1, None, 2.5, B(), A()):
    attempt(lambda: unpack(v))
    attempt(lambda: unpack_star(v))
def delete(v):
    del v[0]
for v in ((1, 2), "ab", 5, frozenset(), None, 1.5, len, {}.keys(), B(), range(2)):
    attempt(lambda: delete(v))
a, b = iter([1, 2])
print(a, b)
