# int(x), float(x) and indexing call __int__, __float__ and __index__ with
# x alone, check the type of what they return, and fall back to __index__.

class I:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return self.v

class F:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return self.v

class X:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print(int(I(3)), int(I(-7)), int(I(10 ** 30)))
print(float(F(2.5)), float(F(-0.0)))
print(int(X(5)), float(X(4)), float(X(2 ** 70)))
print([10, 20, 30][X(1)], "abcdef"[X(-2)], list(range(X(3))))
print(list(range(X(1), X(9), X(3))))

def report(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

report(lambda: int(I("x")))
report(lambda: int(I(1.5)))
report(lambda: float(F(1)))
report(lambda: float(F("1.0")))
report(lambda: [1, 2][X("y")])
report(lambda: range(X(2.0)))
report(lambda: int(object()))
report(lambda: float(object()))

class Both(I, F):
    pass
b = Both(6)
print(int(b))
report(lambda: float(b))

class Raises:
    def __int__(self):
        raise ValueError("no int")
report(lambda: int(Raises()))
