# compare_to: what grew and what shrank between two snapshots, grouped by
# line, the biggest change first; StatisticDiff's text as CPython's.
import tracemalloc

here = tracemalloc.Snapshot.__init__.__code__.co_filename


def grow(store, n):
    store.append(bytes(n))
    store.append('b' * n)


def show(diffs, code):
    for d in diffs:
        frame = d.traceback[0]
        if frame.filename == code.co_filename and abs(d.size_diff) >= 10000:
            print(frame.lineno - code.co_firstlineno, str(d).replace(frame.filename, 'HERE'))


tracemalloc.start()
store = []
before = tracemalloc.take_snapshot()
grow(store, 50000)
grow(store, 30000)
after = tracemalloc.take_snapshot()
show(after.compare_to(before, 'lineno'), grow.__code__)
store.pop()
store.pop()
later = tracemalloc.take_snapshot()
show(later.compare_to(after, 'lineno'), grow.__code__)
store.clear()
empty = tracemalloc.take_snapshot()
show(empty.compare_to(after, 'lineno'), grow.__code__)
d = empty.compare_to(after, 'traceback')[0]
print(type(d).__name__, d.size_diff < 0, d.count_diff < 0)
print(repr(d).startswith('<StatisticDiff traceback=<Traceback (<Frame filename='))
stats = after.statistics('filename')
print([type(s).__name__ for s in stats[:1]], stats[0].traceback[0].lineno)
tracemalloc.stop()

# the text of sizes: B below 10 KiB, then one decimal below 100 of a unit
S = tracemalloc.StatisticDiff
T = tracemalloc.Traceback((('x.py', 3),))
for size, diff, count, cdiff in [(560, 560, 1, 1), (0, -8072, 0, -2), (10239, 10240, 3, 0),
                                 (102400, -102399, 7, -7), (5 * 2 ** 30, 2 ** 40, 2, 1),
                                 (99 * 2 ** 40, 2 ** 50, 1, 1)]:
    print(S(T, size, diff, count, cdiff))
    print(tracemalloc.Statistic(T, size, count))
print(repr(tracemalloc.Statistic(T, 560, 1)))
print(repr(S(T, 560, -3, 1, -1)))
