import sys
print(eval("1+2"))
print(eval("  x*2", {"x": 21}))
g = {}
exec("y = 5\ndef f(): return y\n", g)
print(sorted(k for k in g if k != '__builtins__'), g['f']())
print('__builtins__' in g)
l = {}
exec("a = 1; b = a + 1", g, l)
print(l)
c = compile("print('hi'); z = 3", "<mine>", "exec")
print(c.co_filename, c.co_name, type(c).__name__)
exec(c)
print(z)
print(eval(compile("z * 2", "<e>", "eval")))
print(eval(c))
def f():
    q = 7
    print(locals())
    print(eval("q + 1"))
f()
class K:
    m = 1
    print(sorted(locals()))
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.text, e.filename, str(e))
try:
    compile("1", "f", "bad")
except ValueError as e:
    print(e)
try:
    exec("1", 5)
except TypeError as e:
    print(e)
try:
    eval(5)
except TypeError as e:
    print(e)
try:
    exec("raise KeyError(3)")
except KeyError as e:
    print(repr(e))
s = "abc"
print(eval("s") is s)
print(eval("1000") is eval("1000"))
exec("a1 = 1000; b1 = 1000; print(a1 is b1)")
exec(compile("4+4", "<s>", "single"))
# Each string is a code block of its own: its constants are its own.
g = {}
exec("big = [1, 2, 3]\nt = (1000, 2000)", g)
print(getrefcount(g['big']), getrefcount(g['t']))
n = eval("10 ** 3 + 0")
print(n, getrefcount(n))
ns = {}
exec("def h(v):\n    w = v * 2\n    return locals()\n", ns)
print(ns['h'](4))
print(eval("[k for k in range(3)]"))
print(eval("lambda: 5")())
e = {'a': 1}
print(eval("a + b", e, {'b': 2}), sorted(e))
exec("import sys as s2", e)
print('s2' in e)
try:
    exec(b"print('from bytes')")
    eval("1", None, 3)
except TypeError as err:
    print(err)
print(compile(source="1", filename="f", mode="eval").co_filename)
try:
    compile("1", "f")
except TypeError as err:
    print(err)
try:
    eval("(")
except SyntaxError as err:
    print(err.msg, err.lineno, err.offset)
