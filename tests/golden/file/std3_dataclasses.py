# glass: heavy (a few thousand statements inside the Python-source dataclasses module and exec-made methods: the labelled sweep takes over a minute)
# dataclasses: the generated __init__/__repr__/__eq__/orderings/__hash__,
# field() options, defaults and default_factory, __post_init__, InitVar,
# ClassVar, KW_ONLY, frozen, slots, inheritance, fields/asdict/astuple/
# replace/is_dataclass/make_dataclass and their errors.
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, is_dataclass, InitVar, KW_ONLY, MISSING
from typing import ClassVar, List


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok", r)


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    count: ClassVar[int] = 5


p = Point(1)
print(p, Point(1, 2) == Point(1, 2), Point(1) == Point(2), Point(1) == (1, 0, []), Point.__match_args__)
print(Point.__doc__, Point.count, [f.name for f in fields(Point)], [f.type for f in fields(p)])
print(p.tags is not Point(1).tags, Point.y, hasattr(Point, 'tags'), Point.__hash__)
attempt(lambda: Point())
attempt(lambda: Point(1, 2, [], 4))
attempt(lambda: Point(1, z=3))
attempt(lambda: Point(1, x=3))
print(Point(y=5, x=4), Point(*[7, 8]), Point(**{'x': 9}))
f = fields(Point)[1]
print(f.name, f.type, f.default, f.default_factory is MISSING, f.init, f.repr, f.compare, f.hash, f.kw_only, f.metadata)
print(asdict(Point(1, 2, [Point(3)])), astuple(Point(1, 2, ['a'])), replace(p, y=9), p)
attempt(lambda: replace(p, z=1))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


v = Version(1, 2, 'beta')
print(v, sorted([Version(2), Version(1, 5), Version(1, 2, 'x')]), Version(1) < Version(1, 1), Version(2) >= Version(1, 9))
print(hash(Version(1, 2)) == hash(Version(1, 2, 'other')), hash(Version(1, 2)) == hash((1, 2)), {Version(1): 'a'}[Version(1, 0, 'z')])
attempt(lambda: setattr(v, 'major', 3))
attempt(lambda: delattr(v, 'minor'))
attempt(lambda: setattr(v, 'other', 3))
print(isinstance(FrozenInstanceError(), AttributeError), v)
attempt(lambda: Version(1) < (1, 0))


# errors at class creation
def mutable_default():
    @dataclass
    class Bad:
        x: list = []


def order_of_defaults():
    @dataclass
    class Bad:
        x: int = 1
        y: int


def order_without_eq():
    @dataclass(order=True, eq=False)
    class Bad:
        a: int


def own_lt():
    @dataclass(order=True)
    class Bad:
        a: int

        def __lt__(self, other):
            return True


def no_annotation():
    @dataclass
    class Bad:
        x: int
        y = field(default=1)


def both_defaults():
    return field(default=1, default_factory=list)


def frozen_from_plain():
    @dataclass(frozen=True)
    class Bad(Point):
        z: int = 0


def plain_from_frozen():
    @dataclass
    class Bad(Version):
        z: int = 0


for case in [mutable_default, order_of_defaults, order_without_eq, own_lt, no_annotation, both_defaults, frozen_from_plain, plain_from_frozen]:
    attempt(case)


# inheritance, __post_init__, init=False, repr=False
@dataclass
class Point3(Point):
    z: float = 1.5
    norm: float = field(init=False, repr=False)

    def __post_init__(self):
        self.norm = (self.x ** 2 + self.y ** 2 + self.z ** 2) ** 0.5


q = Point3(2, 3)
print(q, q.norm, [f.name for f in fields(q)], Point3.__match_args__, isinstance(q, Point))
print(Point3(1) == Point3(1), Point3(1) == Point(1), Point3.__doc__)


@dataclass
class Scaled:
    x: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.x *= scale


print(Scaled(3), Scaled(3, 10), [f.name for f in fields(Scaled)], replace(Scaled(3), scale=5))


@dataclass
class Options:
    name: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1


print(Options('a', verbose=True), Options.__match_args__, Options.__doc__)
attempt(lambda: Options('a', True))


@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = 2


print(AllKw(a=1), AllKw.__match_args__)
attempt(lambda: AllKw(1))


# eq=False, unsafe_hash, explicit methods are kept
@dataclass(eq=False)
class Identity:
    a: int


print(Identity(1) == Identity(1), hash(Identity(1)) is not None)


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: int = field(compare=False)
    c: int = field(default=0, hash=False)


print(hash(Hashed(1, 2)) == hash((1,)), Hashed(1, 2) == Hashed(1, 3), len({Hashed(1, 2), Hashed(1, 5)}))
attempt(lambda: {Point(1)})


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return f"<Custom {self.a}>"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)


@dataclass(repr=False, init=False)
class Bare:
    a: int = 4


b = Bare()
print(b.a, type(b).__name__, repr(b).startswith('<__main__.Bare object at'))


# slots
@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 3


s = Slotted(1)
print(s, Slotted.__slots__, s == Slotted(1, 3), hasattr(s, '__dict__'))
attempt(lambda: setattr(s, 'c', 1))


@dataclass(frozen=True, slots=True)
class FrozenSlots:
    a: int


fs = FrozenSlots(2)
print(fs, hash(fs) == hash((2,)))
attempt(lambda: setattr(fs, 'a', 3))


# the module functions
print(is_dataclass(Point), is_dataclass(p), is_dataclass(1), is_dataclass(Point3))
attempt(lambda: fields(1))
attempt(lambda: asdict(Point))
attempt(lambda: astuple(3))
attempt(lambda: replace(3))


@dataclass
class Team:
    name: str
    members: List[Point] = field(default_factory=list)
    scores: dict = field(default_factory=dict)


t = Team('t', [Point(1), Point(2, 3)], {'a': (1, 2)})
print(asdict(t))
print(astuple(t))
d = asdict(t)
print(d['members'][0] is not t.members[0], asdict(t, dict_factory=lambda items: [k for k, v in items]))


# a recursive repr
@dataclass
class Node:
    val: int
    nxt: 'Node' = None


n = Node(1)
n.nxt = n
print(n, Node(1, Node(2)))

Pos = dataclasses.make_dataclass('Pos', ['a', ('b', int), ('c', int, field(default=3))], order=True)
print(Pos(1, 2), Pos(1, 2) < Pos(1, 3), [f.name for f in fields(Pos)], Pos.__name__)
attempt(lambda: dataclasses.make_dataclass('X', ['a', 'a']))
attempt(lambda: dataclasses.make_dataclass('X', ['not valid']))
print(Point.__dataclass_params__, Version.__dataclass_params__.frozen)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Version.__eq__(Version(1), 5))


# a dataclass inventory, as a learner writes one
@dataclass
class Item:
    name: str
    price: float
    quantity: int = 0

    def total(self) -> float:
        return self.price * self.quantity


stock = [Item('apple', 0.5, 10), Item('pear', 0.75, 4), Item('fig', 2.0)]
print(sorted(stock, key=lambda i: i.total()), sum(i.total() for i in stock))
print(max(stock, key=lambda i: i.price).name, [astuple(i) for i in stock if i.quantity])
