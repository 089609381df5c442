# get_traced_memory: the bytes in traced blocks now and at the peak;
# reset_peak, clear_traces, stop, and the errors.
import tracemalloc

print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print('RuntimeError:', e)
for bad in (0, -1, 65536):
    try:
        tracemalloc.start(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    tracemalloc.start('2')
except TypeError as e:
    print('TypeError:', e)
print(tracemalloc.get_traceback_limit())

tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
base, _ = tracemalloc.get_traced_memory()
block = bytes(10 ** 6)
now, peak = tracemalloc.get_traced_memory()
print(10 ** 6 <= now - base < 10 ** 6 + 1000, peak >= now)
del block
now2, peak2 = tracemalloc.get_traced_memory()
print(now - now2 >= 10 ** 6 - 1000, peak2 >= now > now2)
tracemalloc.reset_peak()
now3, peak3 = tracemalloc.get_traced_memory()
print(peak3 - now3 < 1000, peak3 < peak2)
tracemalloc.clear_traces()
now4, peak4 = tracemalloc.get_traced_memory()
print(now4 < 1000, peak4 < 1000)
print(tracemalloc.get_tracemalloc_memory() > 0)
x = bytes(3000)
print(tracemalloc.get_object_traceback(x) is not None, tracemalloc.get_object_traceback(block2 := None))
tracemalloc.start(7)    # already tracing: the limit stays
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_object_traceback(x))
print(tracemalloc.get_traceback_limit())
tracemalloc.start(3)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
