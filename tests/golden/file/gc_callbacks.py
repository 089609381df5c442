# gc.callbacks: called with ("start"|"stop", info) around every collection, automatic ones included.
import gc
log = []
def cb(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"]))
gc.callbacks.append(cb)
class A: pass
a = A(); a.me = a; del a
n = gc.collect()
print(n, log)
def bad(phase, info):
    raise ValueError(phase)
gc.callbacks.append(bad)
gc.collect()
gc.callbacks.clear()
print(len(log), gc.callbacks, gc.collect())
for i in range(2000):
    [[]]
print(len(log))
log2 = []
gc.callbacks.append(lambda p, i: log2.append((p, i["generation"])) if p == "start" else None)
keep = []
for i in range(3000):
    keep.append([i])
print(len(log2), log2[:3])
