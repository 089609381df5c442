# glass: heavy (enum classes are made by Python-source metaclass code: the labelled sweep takes many seconds)
# enum: members, lookup by name and value, iteration, aliases, auto,
# repr/str/format as 3.11, IntEnum/StrEnum, methods and properties on
# members, _missing_, _generate_next_value_, unique, the functional API.
from enum import Enum, IntEnum, StrEnum, auto, unique, EnumMeta, EnumType


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok", r)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.RED), str(Color.GREEN), format(Color.BLUE), f"[{Color.RED}] [{Color.RED:>12}] [{Color.RED!r}]")
print(Color['GREEN'], Color(3), Color.CRIMSON, Color.CRIMSON is Color.RED, Color(1) is Color.RED)
print(list(Color), len(Color), [c.name for c in Color], [c.value for c in Color])
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(Color.RED.name, Color.RED.value, type(Color.RED), type(Color), EnumMeta is EnumType)
print(Color.RED in Color, Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1)
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), issubclass(Color, Enum))
print({Color.RED: 'r', Color.GREEN: 'g'}[Color.CRIMSON], hash(Color.RED) == hash('RED'))
print(sorted(Color, key=lambda c: -c.value), list(reversed(Color)))
print(Color, Enum, Color.__name__, Color.__qualname__, Color.RED.__class__.__name__)
attempt(lambda: Color(5))
attempt(lambda: Color('RED'))
attempt(lambda: Color['PURPLE'])
attempt(lambda: Color.PURPLE)
attempt(lambda: Color.RED < Color.GREEN)
attempt(lambda: setattr(Color, 'RED', 5))
attempt(lambda: delattr(Color, 'GREEN'))
print(Color.RED.value, len(Color))


# definition errors
def define_twice():
    class X(Enum):
        A = 1
        A = 2


def reserved():
    class Y(Enum):
        _x_ = 1


def extend():
    class Z(Color):
        PINK = 4


attempt(define_twice)
attempt(reserved)
attempt(extend)


def not_unique():
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2


attempt(not_unique)


@unique
class Fine(Enum):
    X = 1
    Y = 2


print(list(Fine))


# members with methods, properties, class methods; tuple values and __init__
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

    def describe(self):
        return f"{self.name.title()} g={self.surface_gravity:.2f}"

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.MERCURY.describe(), Planet.heaviest())
print(Planet((5.976e+24, 6.37814e6)))


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    SUNDAY = 7

    def is_weekend(self):
        return self is Weekday.SUNDAY

    def __str__(self):
        return self.name.capitalize()


print([d.is_weekend() for d in Weekday], str(Weekday.MONDAY), f"{Weekday.TUESDAY}", repr(Weekday.SUNDAY))


# auto and _generate_next_value_
class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print(list(Ordinal), repr(auto()))


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    NORTH = auto()
    SOUTH = auto()


print(list(Lower), Lower('north'))


# _missing_
class Mode(Enum):
    READ = 'r'
    WRITE = 'w'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Mode('R'), Mode('w'))
attempt(lambda: Mode('x'))


class BadMissing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 42


attempt(lambda: BadMissing(2))


# IntEnum and StrEnum: str() and format() are the value's
class Level(IntEnum):
    LOW = 1
    HIGH = 2


print(Level.LOW, repr(Level.HIGH), str(Level.LOW), format(Level.HIGH), f"{Level.LOW:>3}|{Level.HIGH:03d}")
print(Level.LOW + 1, Level.HIGH * 10, Level.LOW == 1, Level.LOW < Level.HIGH, Level(2), sorted([Level.HIGH, Level.LOW]))
print(isinstance(Level.LOW, int), int(Level.HIGH), [1, 2, 3][Level.LOW], {1: 'one'}[Level.LOW], hash(Level.LOW) == hash(1))


class Num(int, Enum):
    ONE = 1


print(Num.ONE, repr(Num.ONE), format(Num.ONE), Num.ONE + 1)


class Text(StrEnum):
    A = auto()
    B = 'bee'


print(Text.A, repr(Text.A), Text.B.upper(), f"<{Text.B}>", Text.A == 'a', Text('bee'), isinstance(Text.A, str))
attempt(lambda: Text(1))


# the functional API
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3))
Shape = Enum('Shape', ['SQUARE', 'CIRCLE'], start=10)
print(list(Shape))
Pair = Enum('Pair', {'X': 'x', 'Y': 'y'})
print(list(Pair))
Size = IntEnum('Size', [('S', 1), ('M', 5)])
print(list(Size), Size.M + 1)
attempt(lambda: Enum('nothing'))


# members compare by identity, survive a round trip, and can be keys
counts = {}
for c in [Color.RED, Color.GREEN, Color.RED, Color.CRIMSON]:
    counts[c] = counts.get(c, 0) + 1
print(counts, max(counts, key=counts.get))
print(Color(Color.RED), Color[Color.GREEN.name])
