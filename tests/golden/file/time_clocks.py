import time
a = time.perf_counter(); time.sleep(0.01); b = time.perf_counter()
print(b - a >= 0.01, type(time.time()), time.time() > 1.6e9, type(time.time_ns()), time.monotonic() <= time.monotonic(), time.process_time() >= 0, time.perf_counter_ns() > 0, time.monotonic_ns() > 0, time.process_time_ns() >= 0)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError", e)
try:
    time.sleep("a")
except TypeError as e:
    print("TypeError", e)
