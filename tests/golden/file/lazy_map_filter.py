# map() and filter() are lazy: over a generator they ask for one item at a time.
import sys
def endless():
    i = 0
    while True:
        yield i
        i += 1
print(next(map(str, endless())))
print(next(filter(lambda x: x > 5, endless())))
def noisy(n):
    for i in range(n):
        print("gen", i)
        yield i
for x in map(lambda v: v * 10, noisy(3)):
    print("got", x)
print(list(map(str, [1, 2])), list(filter(None, [0, 1, 2])), list(map(pow, [2, 3], [3, 2, 1])))
print(sys.getsizeof(map(str, [])), sys.getsizeof(filter(None, [])))
m = map(int, ["1", "x"])
print(next(m))
try:
    next(m)
except ValueError as e:
    print(e)
try:
    map(str, 5)
except TypeError as e:
    print(e)
