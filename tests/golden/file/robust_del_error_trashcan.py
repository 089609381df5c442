# Found by the fuzzer (session 17): a __del__ raising NameError or AttributeError while
# chains deeper than the trashcan limit are freed panicked (the exception freed before it
# was reported) and failed the audit, once these exceptions carried name/obj members.
# While objects are being freed they carry none (root cause still open: fuzz/LOG.md).
import gc
class Ouch:
    n = 0
    def __del__(self):
        undefined_zz if Ouch.n % 2 else gc.collectin()
        Ouch.n += 1
N = 300
for count in range(2):
    t = []
    for i in range(N):
        t = [t, Ouch()]
    u = ()
    for i in range(N):
        u = (u, Ouch())
    w = None
    for i in range(N):
        o = Ouch()
    c = []
    for i in range(N):
        c = [c, Ouch()]
    def __del__(self):
        gc.collect()
print("survived", Ouch.n)
