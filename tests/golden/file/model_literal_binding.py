# Model case (MODEL §6): in a file CPython's compiler AST still holds the
# literal while the module runs (one more than below).
a = 1000
# module constants 1 + f's constants 1 (f's code object exists from
# compilation on) + a + argument = 4
print(getrefcount(a))
def f():
    x = 1000
    # module constants + f's constants + a + x + argument = 5
    return getrefcount(x)
print(f())
b = [a, a]
# module constants + f's constants + a + 2 slots + argument = 6
print(getrefcount(a))
s = 'hello world'
# module constants + s + argument = 3
print(getrefcount(s))
