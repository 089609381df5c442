# exc.__traceback__: one traceback object per frame the exception passed
# through, outermost first, each holding its frame (and so the frame's locals).
import gc, sys

def inner():
    x = [1, 2, 3]
    return x[10]

def outer():
    return inner()

try:
    outer()
except IndexError as e:
    tb = e.__traceback__
    print(type(tb).__name__, sys.getsizeof(tb), gc.is_tracked(tb))
    print(repr(tb).startswith("<traceback object at 0x"))
    print(sys.exc_info()[2] is tb, sys.exc_info()[1] is e)
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
print(sys.exc_info())

# A raise in the handler's own frame: a single entry.
try:
    raise ValueError("here")
except ValueError as e:
    print(e.__traceback__.tb_next, e.__traceback__.tb_lineno)
print(ValueError("never raised").__traceback__)

# with passes the traceback to __exit__.
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        print("exit", typ.__name__, val, tb is val.__traceback__, tb.tb_lineno)
        return True
with Ctx():
    raise KeyError("k")

# The classic cycle: the exception kept in a local of a frame its traceback
# holds is left for the collector.
class Big:
    def __del__(self):
        print("Big freed")
def keeps_exception():
    big = Big()
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    return "done"
print(keeps_exception())
print("collected", gc.collect() > 0)

def drops_exception():
    big = Big()
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    return "done"
print(drops_exception())

# A generator's frame shows in the traceback of what it raised.
def gen():
    yield 1
    raise RuntimeError("from gen")
g = gen()
next(g)
try:
    next(g)
except RuntimeError as e:
    t = e.__traceback__
    print([t.tb_frame.f_code.co_name, t.tb_next.tb_frame.f_code.co_name], t.tb_next.tb_lineno)
