# bytes: slicing, concatenation and repetition, the empty singleton, errors of bytes().
x = b'abc'; y = 3
print(x[5:] is x[6:], x[:] is x, x[0:3] is x, (x*0) is (x*0), x[::-1], x[1:2], x[::2], x[-1])
e = b""
print(e is bytes(), bytes() is x[4:], "".encode() is e, bytes(3), bytes([1, 2, 255]), bytes("hé", "utf-8"), (e * 5) is e)
try:
    bytes('abc')
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes(['a'])
except TypeError as e:
    print(type(e).__name__, e)
