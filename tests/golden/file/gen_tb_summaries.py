# traceback's frame summaries (extract_tb, extract_stack, format_list,
# walk_tb, FrameSummary, StackSummary) and f_back of finished frames.
import sys
import traceback

# The case prints paths relative to its own directory (it runs from any checkout).
_here = traceback.extract_stack()[-1].filename
D = _here[:_here.rfind('/') + 1]
def P(*args):
    print(*[str(a).replace(D, '') if D else a for a in args])

def inner():
    return traceback.extract_stack()
def outer():
    x = [inner() for _ in range(1)][0]
    return x
s = outer()
P(type(s).__name__, len(s))
P(s)
P(traceback.format_list(s))
P(s[-1].name, s[-1].line, [fs.name for fs in s])

def f():
    d = {}
    return d["missing"] + 1
try:
    f()
except KeyError as e:
    tb = e.__traceback__
    es = traceback.extract_tb(tb)
    P(es)
    fs = es[1]
    P(fs.filename.endswith("gen_tb_summaries.py"), fs.lineno, fs.name, repr(fs.line), fs[2], len(fs), list(fs)[1:])
    P(fs == (fs.filename, 26, "f", 'return d["missing"] + 1'), fs == es[1], fs == es[0])
    P(traceback.format_list(es))
    P("".join(traceback.format_tb(tb)) == "".join(traceback.format_list(es)))
    P(traceback.extract_tb(tb, limit=1), traceback.extract_tb(tb, limit=-1))
    for frame, lineno in traceback.walk_tb(tb):
        P(frame.f_code.co_name, lineno, type(frame).__name__)
    P(type(tb.tb_lasti).__name__, tb.tb_lasti == tb.tb_lasti)

P(traceback.StackSummary.from_list([("a.py", 1, "g", "x = 1"), traceback.FrameSummary("b.py", 2, "h", line="  y = 2  ")]).format())
fs = traceback.FrameSummary("a.py", 3, "h", line="  y  ")
P(fs, repr(fs.line), fs.locals, fs.colno)
fs = traceback.FrameSummary("<string>", 3, "h")
P(repr(fs.line))
P(traceback.FrameSummary("x.py", 1, "f", locals={"a": [1]}).locals)

# recursion: identical entries after the third are counted, not shown
def down(n):
    if n == 0:
        raise ValueError("bottom")
    down(n - 1)
try:
    down(6)
except ValueError as e:
    P("".join(traceback.format_list(traceback.extract_tb(e.__traceback__))))

# f_back of a finished frame is its caller's frame object, kept alive
def inner2():
    return sys._getframe()
def outer2():
    return inner2()
fr = outer2()
P(fr.f_code.co_name, fr.f_back.f_code.co_name, fr.f_back.f_back.f_code.co_name, fr.f_back.f_back.f_back)
P(fr.f_back.f_lineno, fr.f_lineno)
def g():
    try:
        h()
    except ZeroDivisionError as e:
        return e.__traceback__
def h():
    1/0
tb = g()
fr = tb.tb_next.tb_frame
P(fr.f_code.co_name, fr.f_back.f_code.co_name, fr.f_back.f_back.f_code.co_name)
# a suspended generator's frame has no f_back
def gen():
    yield sys._getframe()
it = gen()
P(next(it).f_back)
