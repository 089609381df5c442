# Model case: a list display of three or more constants extends an empty
# list from one constant tuple (BUILD_LIST 0; LIST_EXTEND), here
# (5000, 5000, 5000), whose items are the block's one merged 5000. A display
# of two constants loads them one by one (LOAD_CONST twice; BUILD_LIST 2), so
# because of line `z = ...` the module's constant table holds 5000 itself
# too, from compilation on.
x = [5000, 5000, 5000]
y = x[0]
# tuple constant 3 + module constants 1 + list slots 3 + y + argument = 9
print(getrefcount(y))
del x
# 6
print(getrefcount(y))
z = [5000, 5000]
# + 2 slots of z = 8
print(getrefcount(y))
