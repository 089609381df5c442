# `yield from` over an object whose __iter__ is Python code: the object
# waits where it is counted while __iter__ runs (found by the fuzzer under
# --audit: "object has reference count 2 but 1 holders" after a statement
# of __iter__). Here __iter__ forgets its `return`, so iter() fails.
import sys

class NoReturn:
    def __iter__(self):
        self
        print("in __iter__, refs:", sys.getrefcount(self) > 1)

def via():
    r = yield from NoReturn()
    return r

g = via()
try:
    next(g)
except TypeError as e:
    print("TypeError:", e)
print(g.gi_frame, g.gi_yieldfrom)

class Good:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        self.n = 0
        x = self
        return x
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration(self.n * 10)
        return self.n

def via_good():
    r = yield from Good()
    print("returned", r)
    yield "end"

print(list(via_good()))

# Uncaught, the generator's frame is torn down with the exception.
def outer():
    yield from NoReturn()
for attempt in range(2):
    try:
        for x in outer():
            print(x)
    except TypeError as e:
        print(attempt, e)
print("done")
