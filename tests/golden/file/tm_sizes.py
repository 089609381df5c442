# tracemalloc charges each block to the line that asked for it, with the
# size the allocator was asked for: the objects' own sizes plus their
# variable parts (a list's item array, a dict's key table).
import tracemalloc


def make(n):
    data = bytes(n)
    text = 'a' * n
    latin = '\xe9' * n
    items = [None] * n
    numbers = list(range(n // 100))
    table = dict.fromkeys(range(n // 100))
    big = 7 ** (n // 10)
    return [data, text, latin, items, numbers, table, big]


tracemalloc.start()
kept = make(20000)
snapshot = tracemalloc.take_snapshot()
first = make.__code__.co_firstlineno
here = make.__code__.co_filename
for trace in sorted(snapshot.traces, key=lambda t: (t.traceback[0].lineno, t.size)):
    frame = trace.traceback[0]
    if frame.filename == here and trace.size >= 1000:
        print(frame.lineno - first, trace.size, str(trace).replace(here, "HERE"))
for stat in snapshot.statistics('lineno'):
    if stat.traceback[0].filename == here and stat.size >= 15000:
        print(stat.traceback[0].lineno - first, stat.size >= 15000, stat.count >= 1)
tracemalloc.stop()
