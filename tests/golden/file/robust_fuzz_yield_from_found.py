# Found by the fuzzer (session 15, gc-stress-0-2): `Echo.__iter__` below lost its
# `return`, and `yield from Echo()` held the object uncounted while __iter__ ran
# (--audit: "object (object) has reference count 2 but 1 holders").
# The part of the mutant (of gen_yield_from.py) that matters, as found:
class Echo:
    def __init__(self):
        self.n = 0
    def __iter__(self):
         self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration(self.n)
        return self.n
    def send(self, v):
        return ("echo", v)
def via_echo():
    r = yield from Echo()
    return r
g = via_echo()
print(next(g), g.send("s"), next(g))
try:
    next(g)
except StopIteration as e:
    print("echo returned", e.value)

def no_throw():
    yield from Echo()
g = no_throw()
next(g)
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("not delegated:", e)

