# namedtuple: fields, defaults, _make, _asdict, _replace, tuple behaviour.
import sys
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), list(p), Point._fields)
x, y = p
print(x, y, p == (1, 2), p == Point(1, 2), p != Point(2, 1), hash(p) == hash(Point(1, 2)))
print(p._asdict(), p._replace(y=5), Point._make([7, 8]), Point(y=1, x=0))
print(Point, type(p).__name__, 2 in p, p.count(1), p.index(2), p < Point(1, 3))
print(sys.getsizeof(p) == sys.getsizeof((1, 2)))
P3 = namedtuple('P3', 'a b c', defaults=[0, 9])
print(P3(1), P3(1, 2), P3._field_defaults)
R = namedtuple('R', 'a, def, a', rename=True)
print(R._fields)
def err(f, *a, **k):
    try:
        f(*a, **k)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
err(Point, 1)
err(Point, 1, 2, 3)
err(Point, 1, z=2)
err(Point, 1, 2, x=2)
err(namedtuple, 'X', 'a _b')
err(namedtuple, 'X', 'a a')
err(namedtuple, 'X', 'a-b')
err(p._replace, z=1)
