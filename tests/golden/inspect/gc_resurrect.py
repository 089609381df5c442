# __del__ stores self in a global list: handle_resurrected_objects finds
# it reachable again, so nothing is freed and gc.collect() would return 0.
# The next collection does not run __del__ again.
saved = []
class R:
    def __del__(self):
        print("__del__ saves it")
        saved.append(self)

r = R()
r.me = r
del r
:gc
len(saved)
del saved[0]
:gc
