import heapq
import bisect
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for i in range(len(h))])
a = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(a); print(a)
print(heapq.heapreplace(a, 5), a, heapq.heappushpop(a, 0), heapq.heappushpop(a, 10), a)
print(heapq.nlargest(3, [4, 1, 7, 3, 9, 2]), heapq.nsmallest(2, [4, 1, 7, 3, 9, 2]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), heapq.nlargest(0, [1]), heapq.nlargest(-1, [1, 2]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge([7, 4, 1], [8, 2], reverse=True)), list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
s = [1, 2, 2, 2, 5, 9]
print(bisect.bisect(s, 2), bisect.bisect_left(s, 2), bisect.bisect_right(s, 2, 0, 3), bisect.bisect_left(s, 10), bisect.bisect(s, 0))
bisect.insort(s, 3); bisect.insort_left(s, 2); print(s)
print(bisect.bisect([(1, 'a'), (3, 'b')], 2, key=lambda p: p[0]))
try:
    bisect.bisect(s, 1, -1)
except ValueError as e:
    print("ValueError", e)
