# functools.partialmethod and singledispatchmethod: methods made from
# other callables, bound as the function, classmethod or staticmethod
# they wrap would be.
import functools


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state, note='-'):
        self.alive = state
        return (state, note)

    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False, note='dead')

    @classmethod
    def make(cls, *args):
        return (cls.__name__, args)

    make_two = functools.partialmethod(make, 1, 2)

    @staticmethod
    def plain(*args):
        return args

    plain_ab = functools.partialmethod(plain, 'a', 'b')


c = Cell()
print(c.set_alive(), c.alive)
print(c.set_dead(), c.alive)
print(c.set_alive(note='x'))
print(Cell.set_alive(c))
print(c.make_two(3), Cell.make_two())
print(c.plain_ab('c'), Cell.plain_ab())
again = functools.partialmethod(Cell.set_dead, 'twice')
print(repr(functools.partialmethod(len, 1, k=2)).startswith('functools.partialmethod(<built-in function len>, 1, k=2'))
try:
    functools.partialmethod(3)
except TypeError as e:
    print(e)


class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @functools.singledispatchmethod
    def show(self, arg):
        return f'{self.prefix} object {arg!r}'

    @show.register(int)
    def _(self, arg):
        return f'{self.prefix} int {arg}'

    @show.register(list)
    def _(self, arg):
        return f'{self.prefix} list of {len(arg)}: ' + ', '.join(self.show(x) for x in arg)

    @functools.singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return (cls.__name__, 'other')

    @kind.register(str)
    @classmethod
    def _(cls, arg):
        return (cls.__name__, 'str', arg)


f = Formatter('>')
print(f.show(3))
print(f.show(True))
print(f.show('s'))
print(f.show([1, 'a', [2.5]]))
print(Formatter.kind('x'), Formatter.kind(2), f.kind('y'))
