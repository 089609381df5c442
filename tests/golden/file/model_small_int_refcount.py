# Model case (MODEL §6): CPython prints ~1000000000 here. In glasspy a small
# int's count is the small-int cache (1) + each code object whose constant
# table holds it + bindings + getrefcount's argument (1). (77 is used because
# the runtime holds no other reference to it; 7, say, is also an item of
# sys.version_info.)
a = 77
# cache 1 + module constants 1 + f's constants 1 (f's code object exists
# from compilation on) + a + argument = 5
print(getrefcount(a))
b = a
# + b = 6
print(getrefcount(a))
def f():
    return 77
# unchanged: running `def` only makes a function around the existing code
print(getrefcount(a))
del b
# 5
print(getrefcount(a))
