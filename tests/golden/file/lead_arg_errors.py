# Wrong argument counts for the functions of sys and gc and some builtins:
# CPython 3.11's texts (METH_NOARGS/METH_O name the module; Argument Clinic
# and vectorcall functions word it their own way).
import sys, gc
calls = ["sys.getrefcount()", "sys.getrefcount(1,2)", "sys.getrecursionlimit(42)", "sys.setrecursionlimit()", "sys.intern()", "sys.getsizeof()", "sys.exc_info(1)", "sys.exception(1)", "gc.collect(1,2,3)", "gc.isenabled(1)", "gc.enable(1)", "gc.disable(1)", "gc.get_count(1)", "gc.is_tracked()", "gc.get_threshold(1)", "gc.get_referrers()", "gc.set_threshold()", "sys.exit(1,2)", "gc.get_objects(1,2)", "sys._getframe(1,2)", "gc.get_debug(1)", "gc.set_debug()", "gc.is_finalized()", "gc.get_stats(1)", "len()", "len(1,2)", "abs()", "id()", "hash()", "repr()", "callable()", "iter()", "next()", "ord()", "chr()", "hex()", "isinstance(1)", "divmod(1)", "getattr(1)", "sorted()", "min()", "sum()"]
for c in calls:
    try:
        eval(c)
        print(c, "ok")
    except Exception as e:
        print(c, type(e).__name__, e)
