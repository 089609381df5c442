# glass: heavy (enum classes are made by Python-source metaclass code: the labelled sweep takes many seconds)
# enum's Flag and IntFlag: combining with |, &, ^ and ~, pseudo-members,
# iteration and len of a flag, `in`, aliases, boundaries, 3.11's reprs.
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok", r)


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


rw = Perm.R | Perm.W
print(rw, repr(rw), rw.name, rw.value, rw is Perm(6), Perm(6) is Perm(6))
print(list(Perm), len(Perm), list(rw), len(rw), list(Perm.RWX), Perm.RWX, repr(Perm(7)))
print(Perm.R in rw, Perm.X in rw, rw in Perm.RWX, Perm.R & Perm.W, repr(Perm.R & Perm.W), bool(Perm.R & Perm.W))
print(repr(~Perm.R), repr(~rw), repr(~Perm.RWX), repr(~Perm(0)), Perm.R ^ Perm.RWX, rw ^ Perm.W)
print(Perm(0), repr(Perm(0)), bool(Perm(0)), list(Perm(0)), len(Perm(0)))
print(list(Perm.__members__), [m.name for m in Perm.__members__.values()])
attempt(lambda: Perm(8))
attempt(lambda: Perm(-1))
attempt(lambda: Perm.R | 1)
attempt(lambda: 1 in rw)
attempt(lambda: Perm('r'))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), [c.value for c in Color], Color.WHITE, repr(Color.RED | Color.BLUE), repr(Color(5)))
print(repr(Color.WHITE & ~Color.GREEN), Color(3) in Color.WHITE, [c.name for c in Color.WHITE])
for combo in range(8):
    print(combo, repr(Color(combo)), str(Color(combo)), list(Color(combo)))


class Open(IntFlag):
    RDONLY = 0
    WRONLY = 1
    RDWR = 2
    APPEND = 8


print(Open.WRONLY | Open.APPEND, repr(Open.WRONLY | Open.APPEND), str(Open.RDWR), format(Open.APPEND), f"{Open.RDWR:>4}")
print(Open.WRONLY | 4, repr(Open.WRONLY | 4), repr(Open(16)), repr(~Open.WRONLY), ~Open.WRONLY)
print(Open.APPEND + 1, type(Open.APPEND + 1).__name__, Open.RDWR == 2, isinstance(Open.RDWR, int), Open(0), repr(Open(0)))
print(list(Open), len(Open), Open.RDWR & 3, repr(Open.RDWR & 3), repr(3 & Open.RDWR), 2 | Open.APPEND)
print(Open.RDONLY, repr(Open.RDONLY), bool(Open.RDONLY), Open(9) is Open(9))


# boundaries
class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


attempt(lambda: Strict(7))
print(repr(Conform(7)), Eject(7), type(Eject(7)).__name__, repr(Keep(7)), repr(Eject(3)))
print(list(FlagBoundary), STRICT, repr(KEEP), Strict._boundary_ is STRICT, Open._boundary_ is KEEP)
print(Perm._boundary_, Open._boundary_)


# flags out of definition order iterate in definition order
class Rev(Flag):
    HIGH = 4
    MID = 2
    LOW = 1


print(repr(Rev(7)), list(Rev(7)), repr(Rev(3)))


class Asc(Flag):
    LOW = 1
    MID = 2
    HIGH = 4


print(repr(Asc(7)), list(Asc(7)), repr(Asc(6)))
