# sys.modules is the table the import system uses: cached modules, a del forcing a re-import,
# a program's own entries honoured, None stopping an import; importlib.import_module and reload
import sys
import std2circ.counter
import std2circ.counter
print(sys.modules["std2circ.counter"] is std2circ.counter, std2circ.runs)
first = std2circ.counter
del sys.modules["std2circ.counter"]
import std2circ.counter
print(std2circ.runs, first is std2circ.counter, first.CONSTANT == std2circ.counter.CONSTANT)
# a module imported from a file is its own code block: its constants are its own
big = 1000
print(std2circ.counter.CONSTANT == big, std2circ.counter.CONSTANT is big)

sys.modules["std2_fake"] = "not a module"
import std2_fake
print(std2_fake)
from std2_fake import upper
print(upper())
sys.modules["std2_blocked"] = None
try:
    import std2_blocked
except ImportError as e:
    print(type(e).__name__, e)
print(sys.modules["__main__"].__name__, sys.modules["sys"] is sys, "builtins" in sys.modules)
import math
print(sys.modules["math"] is math, math.__name__)

import importlib
m = importlib.import_module("std2circ.counter")
print(m is std2circ.counter)
print(importlib.import_module(".counter", "std2circ") is m, importlib.import_module("..counter", "std2circ.x") is m)
print(importlib.import_module("collections.abc").__name__)
for args in [(".counter",), (5,), ("",), ("std2_nothing_here",)]:
    try:
        importlib.import_module(*args)
    except (TypeError, ValueError, ImportError, AttributeError) as e:
        print(type(e).__name__, e)
again = importlib.reload(m)
print(again is m, std2circ.runs)

import collections.abc
print(collections.abc.__name__, collections.abc.Iterable, collections.abc is sys.modules["collections.abc"])
from collections import abc
print(abc is collections.abc)
try:
    import collections.nope
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules["math"]
import math as math2
print(math2 is math, math2.sqrt(16))
# who holds a module: sys.modules, its parent's attribute, the names bound to it
print(getrefcount(first), getrefcount(std2circ.counter), getrefcount(math))
del first
print(sorted(k for k in sys.modules if k.startswith("std2circ")))
