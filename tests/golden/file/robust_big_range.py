# range beyond 64-bit ints (issue 11): as CPython's rangeobject.c
import sys
r = range(10**20)
print(r, r.start, r.stop, r.step, bool(r))
try:
    len(r)
except OverflowError as e:
    print("len:", e)
print(r[0], r[5], r[-1], r[10**19], r[-10**20])
for bad in (10**20, -10**20 - 1):
    try:
        r[bad]
    except IndexError as e:
        print("index:", e)
print(r[::-1], r[10**19:5:-3], r[5:10], len(r[5:10]), r[-3:], r[:10**30])
print(10**19 in r, 10**20 in r, -1 in r, 1.0 in r, 2.5 in range(5), "x" in range(5))
print(r.index(10**19), r.count(5), r.count(-5), range(10).count(5.0), range(10).index(True))
try:
    r.index(-5)
except ValueError as e:
    print("index():", e)
it = iter(range(10**20, 10**20 + 3))
print(list(it), list(reversed(range(10**20, 10**20 + 7, 3))))
w = range(-2**63, 2**63 - 1)
print(w[0], w[-1], w[2**63], bool(w))
try:
    len(w)
except OverflowError as e:
    print("len:", e)
print(list(range(2**63 - 3, 2**63 - 1)), list(range(2**63 - 5, 2**63 - 1, 3)))
print(list(reversed(range(-2**63, -2**63 + 3))))
print(range(0, 10**20, 7) == range(0, 10**20 - 1, 7), range(10**20, 5) == range(0), range(0, 10**21, 10**20)[3:7])
print(range(3, 10**20, -1), bool(range(3, 10**20, -1)), list(range(3, 10**20, -1)))
e = range(0, -10**20, -10**19)
print(e, list(e)[:3], len(e), e[9], e.index(-5 * 10**19))
try:
    range(10**20, 5, 0)
except ValueError as exc:
    print(exc)
try:
    range(1.5)
except TypeError as exc:
    print(exc)
for big in (range(10**20),):
    for k, v in enumerate(big):
        if k == 3:
            break
    print(k, v)
