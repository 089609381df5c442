import io
s = io.StringIO()
print(s.write("hello "), s.write("world\nline2\nline3"))
print(s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), s.tell())
s.seek(0)
print([l for l in s])
print("a", 1, 2.5, sep="-", end="!\n", file=s)
print(repr(s.getvalue()))
s.seek(3); s.write("XY"); print(repr(s.getvalue()))
t = io.StringIO("initial\ntext")
print(t.tell(), t.readlines(), t.read(), repr(t.readline()))
t.close(); print(t.closed)
try:
    t.write("x")
except ValueError as e:
    print("ValueError", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError", e)
b = io.BytesIO(b"abc\ndef")
print(b.read(2), b.readline(), b.read(), b.getvalue())
b.write(b"!!"); print(b.getvalue())
with io.StringIO() as f:
    f.write("in with")
    print(f.getvalue())
print(f.closed)
