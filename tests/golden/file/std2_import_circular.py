# circular imports as CPython: the module is in sys.modules while its code runs, so a cycle
# sees it partly made; a from-import of a name not yet bound names the partially initialised module
import std2circ.a
print(std2circ.a.A2, std2circ.b.a is std2circ.a)
try:
    import std2circ.c
except ImportError as e:
    print("ImportError:", str(e).split(" (/")[0])
    print("most likely due to a circular import" in str(e), e.name)
import sys
print("std2circ.c" in sys.modules, "std2circ.d" in sys.modules)
# a module whose code raises is not kept
try:
    import std2circ.fails
except ValueError as e:
    print("ValueError:", e, "std2circ.fails" in sys.modules)
try:
    import std2circ.fails
except ValueError as e:
    print("again ValueError:", e)
# a module may put something else in its place
import std2circ.replaced as r
print(type(r).__name__, r.answer)
