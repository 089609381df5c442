# sys.exc_info() and sys.exception() follow the exception being handled (glasspy has no traceback objects, so the traceback is not printed).
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("x")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, sys.exception() is v, sys.getrefcount(v))
    try:
        raise KeyError("k")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
