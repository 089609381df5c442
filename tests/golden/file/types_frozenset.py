import sys, gc
a = frozenset([1, 2, 3])
b = frozenset()
print(a, b, repr(a), type(a), type(a).__name__)
print(frozenset() is frozenset(), frozenset(a) is a, a.copy() is a)
print(hash(b), hash(a), hash(frozenset('abc')) == hash(frozenset('cba')))
print(hash(frozenset([frozenset([1]), 2])))
s = {1, 2}
print(type(s | a).__name__, type(a | s).__name__, type(a & s).__name__, type(a - s).__name__, type(s ^ a).__name__)
print(a | s, a & s, a - s, a ^ s)
print(a.union([4], (5,)), a.intersection([1, 2]), a.difference([1]), a.symmetric_difference([3, 4]))
print(a.issubset(range(5)), a.issuperset([1]), a.isdisjoint([7]), a.isdisjoint([1]))
print(a == {1, 2, 3}, {1, 2, 3} == a, a <= {1, 2, 3, 4}, a < a, a >= frozenset([1]))
print(sys.getsizeof(b), sys.getsizeof(frozenset(range(10))), sys.getsizeof(frozenset(range(100))))
print(gc.is_tracked(a), gc.is_tracked(b))
d = {a: 'x'}
print(d[frozenset([3, 2, 1])], frozenset([1]) in {frozenset([1])})
print(sorted(frozenset([3, 1, 2])), len(a), 2 in a, list(frozenset([5])))
for expr in ['a.add(1)', 'hash({1})', 'frozenset([[]])', 'frozenset(1, 2)', 'frozenset(x=1)', 'a.issubset()', 'a.isdisjoint(1, 2)', 'a | [1]', 'a < 1']:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
s2 = {1, 2, 3, 4}
s2.intersection_update([1, 2, 9]); print(s2)
s2.difference_update([1]); print(s2)
s2.symmetric_difference_update([2, 5]); print(s2)
print(sorted(s2.symmetric_difference(a)), s2.issuperset([5]), s2.isdisjoint(a))
x = a
x |= {9}
print(x, a, x is a)
print(isinstance(a, frozenset), frozenset.__name__, sorted(frozenset.union(a, [0])))
# growth: the table a set of n keys ends with, frozenset's as set's
for n in (0, 4, 5, 19, 20, 77, 78, 300):
    print(n, sys.getsizeof(frozenset(range(n))), sys.getsizeof(set(range(n))))
# frozensets of frozensets, as dict keys and set members
fam = {frozenset([i, i + 1]) for i in range(5)}
print(frozenset([1, 2]) in fam, frozenset([2, 1]) in fam, frozenset([1, 3]) in fam)
print(hash(frozenset(['a', 'b'])) == hash(frozenset(['b', 'a'])), hash(frozenset([(1, 2), 3.5, -1])))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
print(hash(frozenset([K(1), K(2)])) == hash(frozenset([1, 2])), len(frozenset([K(1), K(1)])))
