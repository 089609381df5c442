# "Did you mean": the traceback display offers the closest name of dir(obj);
# str(exc) and the traceback module do not.
import traceback

class Account:
    def __init__(self):
        self.balance = 10

    def deposit(self, n):
        self.balance += n

a = Account()
try:
    a.balanse
except AttributeError as e:
    print(str(e), e.name, e.obj is a)
    print(traceback.format_exception(e)[-1], end="")
try:
    getattr([], "apend")
except AttributeError as e:
    print(e.name, e.obj)
e = AttributeError("plain")
print(e.name, e.obj)
a.depositt(5)
