# The glass module: the same reports from a script. `glasspy --diff` also
# prints (on stderr) what each top-level statement did.
import glass
x = [1, 2, 3]
y = x
glass.why(x)
print(glass.holders(x))
def f(p):
    glass.why(p)
    return len(glass.holders(p))

print(f(x))
glass.diff()
z = [x]
del y
glass.diff()
print(glass.same(x, z[0]))
glass.size(z)
