# only __main__'s dict kept alive (by a function in sys), not the module: CPython leaves the dict alone, and no __del__ runs
import sys
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, "sees x =", x, "and _y =", _y)
x = 5
_y = 6
d = D("d")
_e = D("_e")
def f():
    pass
sys.keep = f
print("end")
