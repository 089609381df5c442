# packages as CPython imports them: __init__ first, submodules become attributes of their parent,
# relative imports inside a package, a namespace package (no __init__.py), and the errors' texts
import std2pkg.sub.deep
print(std2pkg.__name__, std2pkg.sub.__name__, std2pkg.sub.deep.where())
print(std2pkg.leaf is std2pkg.sub.parent_leaf, std2pkg.double(21))
print(repr(std2pkg).startswith("<module 'std2pkg' from '"), repr(std2pkg).endswith("__init__.py'>"))
print(std2pkg.__path__[0].split("/")[-1], std2pkg.__spec__.submodule_search_locations is std2pkg.__path__)
print(std2pkg.__spec__.name, std2pkg.__spec__.parent, std2pkg.__spec__.origin.split("/")[-1], std2pkg.sub.__spec__.parent)
print(type(std2pkg.__spec__).__name__, std2pkg.leaf.__spec__.submodule_search_locations)

import std2pkg.sub.deep as d
print(d.__name__, d is std2pkg.sub.deep)

from std2pkg import later
print(later.WHO, std2pkg.later is later)
from std2pkg.sub import deep
print(deep is d)

from std2pkg import *
print(leaf.CONST, double(2))

import std2ns.inner.mod
print(std2ns.__file__, std2ns.__package__, std2ns.inner.mod.VALUE, std2ns.inner.mod.__package__)
print(std2ns.__spec__.origin, list(std2ns.__path__)[0].split("/")[-1])

def show(stmt):
    try:
        exec(stmt, {})
    except ImportError as e:
        # the location in parentheses is a path on this machine: left out
        print(type(e).__name__ + ":", str(e).split(" (")[0], "| name:", e.name)

show("import std2pkg.leaf.x")
show("import std2pkg.nope")
show("from std2pkg import nope")
show("import std2_no_such_thing")
show("import std2pkg.sub.nope.deeper")
show("from math import nope")
show("import math.nope")

def show_rel(stmt):
    try:
        exec(stmt, {"__name__": "x"})
    except ImportError as e:
        print(type(e).__name__ + ":", e)

show_rel("from . import x")
show_rel("from .x import y")
try:
    import std2pkg.bad
except ImportError as e:
    print("ImportError:", e)
import sys
print("std2pkg.bad" in sys.modules, "std2pkg.leaf" in sys.modules, hasattr(std2pkg, "bad"))
