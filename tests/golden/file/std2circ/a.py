# imports b, which imports a back while a is half made
print("a starts")
A1 = "a1"
from . import b
A2 = "a2"
print("a ends; b.B =", b.B)
