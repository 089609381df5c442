# The traceback of an uncaught KeyError calls the key's __repr__ (Python
# code, audited statement by statement) while the exception is printed.
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        text = 'Key(%r)' % (self.v,)
        return text

d = {Key(1): 'a'}
print(d[Key(1)])
print(d[Key(0)])
