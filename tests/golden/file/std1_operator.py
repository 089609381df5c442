import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul('ab', 3), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.inv(5), operator.invert(0))
print(operator.lshift(1, 5), operator.rshift(256, 3), operator.abs(-3.5), operator.abs(-7))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.concat('a', 'b'), operator.contains([1, 2], 2))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf('abc', 'c'))
l = [1, 2, 3]
operator.setitem(l, 0, 9); operator.delitem(l, 1)
print(l, operator.getitem(l, -1), operator.getitem('hello', slice(1, 3)))
print(operator.index(7), operator.index(True))
class I:
    def __index__(self):
        return 42
print(operator.index(I()))
for bad in [1.5, '3']:
    try:
        operator.index(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    operator.concat(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    operator.indexOf([1], 5)
except ValueError as e:
    print('ValueError:', e)
print(operator.length_hint([1, 2, 3]), operator.length_hint(5), operator.length_hint(5, 9))
class H:
    def __length_hint__(self):
        return 4
print(operator.length_hint(H()))
try:
    operator.length_hint([], 'x')
except TypeError as e:
    print('TypeError:', e)
x = [1]
y = operator.iadd(x, [2])
print(x, y is x, operator.isub(5, 2), operator.imul(3, 4), operator.ipow(2, 3), operator.ior(1, 2))
print(operator.call(max, 1, 5, 3), operator.__add__ is operator.add, operator.__lt__(1, 2))

g = itemgetter(1)
print(g('abc'), g([10, 20]), repr(g))
g2 = itemgetter(0, 2, 'x') if False else itemgetter(0, 2)
print(g2('abc'), repr(g2), repr(itemgetter('a', 'b')))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=itemgetter(1)))
print(itemgetter('k')({'k': 'v'}))
try:
    itemgetter()
except TypeError as e:
    print('TypeError:', e)

class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct='!'):
        return greeting + ' ' + self.name + punct
p = P('ann', P('bob'))
a = attrgetter('name')
print(a(p), attrgetter('child.name')(p), attrgetter('name', 'child.name')(p))
print(repr(a), repr(attrgetter('child.name', 'name')))
try:
    attrgetter(1)
except TypeError as e:
    print('TypeError:', e)
try:
    attrgetter('nope')(p)
except AttributeError as e:
    print('AttributeError:', e)
m = methodcaller('greet', 'hi')
print(m(p), methodcaller('greet', 'yo', punct='?')(p))
print(repr(m), repr(methodcaller('greet', 'yo', punct='?')), repr(methodcaller('upper')))
print(methodcaller('split', ',')('a,b'))
try:
    methodcaller()
except TypeError as e:
    print('TypeError:', e)
try:
    methodcaller(3)
except TypeError as e:
    print('TypeError:', e)
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
