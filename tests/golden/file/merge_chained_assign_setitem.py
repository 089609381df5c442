# A chained assignment in a class body whose namespace is a dict subclass
# (a metaclass's __prepare__): each store runs __setitem__, Python code, and
# the audit between its statements must see each reference held once (the
# last target's reference moves from the stack to the store). Found by the
# fuzzer from an enum test.
class Recording(dict):
    def __setitem__(self, k, v):
        if not k.startswith('__'):
            print('set', k, v)
        dict.__setitem__(self, k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()
class P(metaclass=Meta):
    R = S = 'abc'
    T = *init, last = 'xyz'
    U = a, b = 'uv'
print(P.R, P.S, P.T, P.init, P.last, P.U, P.a, P.b)
print(dict(P.__dict__)['R'], 'append' in dict(list.__dict__), type(list.__dict__).__name__)
