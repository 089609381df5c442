# start(nframe): each trace keeps up to nframe frames, oldest first in a
# Traceback; get_object_traceback tells where an object's block was made.
import tracemalloc


def inner(n):
    return bytearray(n) if False else bytes(n)


def middle(n):
    return inner(n)


def outer(n):
    return middle(n)


tracemalloc.start(10)
obj = outer(40000)
tb = tracemalloc.get_object_traceback(obj)
here = inner.__code__.co_filename
print(len(tb), [f.lineno for f in tb])
print(str(tb).replace(here, 'HERE'))
for line in tb.format():
    print(line.replace(here, 'HERE'))
for line in tb.format(limit=2, most_recent_first=True):
    print(line.replace(here, 'HERE'))
print(tb[-1] == tracemalloc.Frame((here, 7)), tb[-1] < tb[0], tb[0] in tb)
print(repr(tb[0]).replace(repr(here), "'HERE'"))
snap = tracemalloc.take_snapshot()
print(snap.traceback_limit)
mine = [t for t in snap.traces if t.size >= 40000]
print(len(mine), mine[0].traceback.total_nframe, len(mine[0].traceback))
stats = snap.statistics('traceback')
top = [s for s in stats if s.size >= 40000][0]
print(len(top.traceback), [f.lineno for f in top.traceback])
cum = snap.statistics('lineno', cumulative=True)
print(sorted(s.traceback[0].lineno for s in cum if s.size >= 40000 and s.traceback[0].filename == here))
only = snap.filter_traces([tracemalloc.Filter(True, here, lineno=7)])
print(len(only.traces), only.traces[0].size)
none = snap.filter_traces([tracemalloc.Filter(False, '*')])
print(len(none.traces))
pattern = snap.filter_traces([tracemalloc.Filter(True, '*' + here[-8:-3] + '.p?')])
print(len(pattern.traces) == len(snap.filter_traces([tracemalloc.Filter(True, here)]).traces))
allf = snap.filter_traces([tracemalloc.Filter(True, here, lineno=11, all_frames=True)])
print(len(allf.traces), allf.traces[0].size)
dom = snap.filter_traces([tracemalloc.DomainFilter(False, 0)])
print(len(dom.traces), dom.traces)
try:
    snap.statistics('nope')
except ValueError as e:
    print(e)
try:
    snap.statistics('traceback', cumulative=True)
except ValueError as e:
    print(e)
try:
    snap.filter_traces(3)
except TypeError as e:
    print(e)
tracemalloc.stop()
