# super() finds methods after the class in the MRO, also for exceptions.
class A:
    def __init__(self, x):
        self.x = x
    def f(self):
        return 'A.f'
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def f(self):
        return 'B.f+' + super().f()
b = B(1, 2)
print(b.f(), b.x, b.y)
class Failure(Exception):
    def __init__(self, code):
        super().__init__('failed', code)
        self.code = code
try:
    raise Failure(7)
except Failure as e:
    print(e.args, e.code, getrefcount(e))
