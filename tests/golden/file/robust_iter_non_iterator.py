# __iter__ must return an iterator (PyObject_GetIter's check); the fuzzer
# found the for loop's error path counting the instance twice.
class Bad:
    def __iter__(self):
        self
class Num:
    def __iter__(self):
        return 5
class Good:
    def __iter__(self):
        return iter([1, 2])
for c in (Bad, Num):
    try:
        for x in c():
            pass
    except TypeError as e:
        print(e)
    try:
        list(c())
    except TypeError as e:
        print(e)
print(list(Good()), [x for x in Good()])
b = Bad()
try:
    iter(b)
except TypeError as e:
    print(e, getrefcount(b))
