# Builtins that run Python code (__next__, __lt__, __eq__, __hash__, key
# functions, __iter__, __getitem__, __bool__, __repr__) while they hold
# values of their own: every count must stay explainable (run with --audit).

class It:
    def __init__(self, n=3):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration
        box = [self.i]
        return box

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        v = [i]
        return v

class Key:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        a = self.v
        b = other.v
        return a < b
    def __eq__(self, other):
        a = self.v
        return a == other.v
    def __hash__(self):
        h = hash(self.v)
        return h
    def __repr__(self):
        r = 'Key(%r)' % (self.v,)
        return r
    def __bool__(self):
        t = self.v != 0
        return t

def show(*a):
    return a

def key(x):
    k = -x[0]
    return k

print(list(It()))
print(tuple(It()))
print(sorted([Key(3), Key(1), Key(2)]))
print(sorted(It(), key=key))
print(*It())
print(show(*It()))
print([*It()])
print((*It(),))
print({*map(tuple, It())})

print(sorted(dict(zip(map(tuple, It()), It())).items()))
print(sum(It(), []))
print(list(enumerate(It())))
print(list(enumerate(It(), 5)))
print(list(zip(It(), It(2))))
print(list(map(lambda a, b: a + b, It(), It())))
print(list(filter(lambda x: x[0] % 2, It())))
print(list(filter(None, [Key(0), Key(1), Key(2)])))
print(list(reversed(list(It()))))
print(max(It()), min(It()))
print(max(It(), key=key), min(It(), key=key))
print(max([Key(1), Key(5), Key(2)]))
print(any(It()), all(It()))
print(list(Seq()))
print([x for x in Seq()])
print(sorted(set([Key(1), Key(2), Key(1)])))
print({Key(1): 'a', Key(2): 'b'}[Key(2)])
print(Key(2) in [Key(1), Key(2)])
print([Key(1), Key(2)].index(Key(2)), [Key(1), Key(2), Key(2)].count(Key(2)))
l = []
l.extend(It())
l += It()
print(l)
print(''.join(map(str, It())))
print(dict.fromkeys(It.__name__))
print(repr([Key(1), (Key(2),), {1: Key(3)}]))
print(str([Key(1)]))
print(f'{Key(4)!r}')
a, b, c = It()
print(a, b, c)
x, *y = It()
print(x, y)
print({k[0]: v for k, v in zip(It(), It())})
print(sorted(set(It.__name__)))
d = {}
d.update(zip(map(tuple, It()), It()))
print(sorted(d))
s = set()
s.update(map(tuple, It()))
print(sorted(s))
print(divmod(7, 2), list(range(3)))
print(isinstance(Key(1), Key), sorted([Key(2), Key(1)], reverse=True))

class Pairs(It):
    def __next__(self):
        t = tuple(It.__next__(self))
        return t

it = Pairs(4)
print(dict(zip(it, it)))
print(list(map(str, Seq())), Seq()[1], list(iter(Seq())))
