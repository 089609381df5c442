# importing the user's own .py file from the script's directory: run once as its own code block, cached, its names its own; from-import * with __all__
import import_own_helper
import import_own_helper as again
from import_own_helper import shared, get
from import_own_helper import *
print(again is import_own_helper, get() is shared, import_own_helper.__name__, public)
try:
    hidden
except NameError as e:
    print("NameError", e)
from string import *
print(ascii_lowercase, capwords("a b"))
import math, random, bisect, heapq, io, copy, string, time
print(math.__name__, random.__name__, type(math).__name__, math.sqrt)
try:
    import no_such_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
