# Frame objects: sys._getframe, f_back, f_lineno, f_locals, f_globals, f_code.
import sys

def where():
    f = sys._getframe()
    print(f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name, f.f_back.f_lineno)
    print(sorted(f.f_back.f_locals.items()))
    print(f.f_globals is globals(), sys._getframe(1) is f.f_back)

def caller(a, b=2):
    c = a + b
    where()
    return c

caller(1)
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_locals is globals())
try:
    sys._getframe(50)
except ValueError as e:
    print(e)

# A finished frame kept by a traceback keeps its locals and last line.
def fails(x):
    y = [x]
    raise KeyError(x)
try:
    fails("k")
except KeyError as e:
    fr = e.__traceback__.tb_next.tb_frame
    print(fr.f_code.co_name, fr.f_lineno, sorted(fr.f_locals.items()))

# A suspended generator's frame.
def gen():
    x = 1
    yield x
    yield 2
g = gen()
print(g.gi_frame.f_lineno, g.gi_frame.f_code.co_name)
next(g)
print(g.gi_frame.f_lineno)
