# the __main__ module kept alive (in sys) past program end: its dict is cleared as finalize_modules does, single-underscore names first, so each __del__ sees what is left
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
sys.keep = sys.modules["__main__"]
print("end")
