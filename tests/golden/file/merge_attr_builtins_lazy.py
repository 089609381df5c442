# getattr/hasattr/setattr/delattr by a name held only by the call, while
# Python code runs underneath (sys's members are made on first read, by a
# module imported then): the audit between that module's statements must
# see the name's holder.
import sys
print(hasattr(sys, 'flags'), type(getattr(sys, 'float_info')).__name__)
print(getattr(sys, 'stdout') is sys.stdout, getattr(sys, 'nope', 'dflt'))
class P:
    @property
    def x(self):
        y = [1, 2]
        return len(y)
p = P()
print(getattr(p, 'x'), hasattr(p, 'x'))
setattr(p, 'z', 5)
delattr(p, 'z')
print(hasattr(p, 'z'))
for f in (lambda: getattr(1, 2), lambda: setattr(1, 2, 3), lambda: hasattr(1, 2), lambda: delattr(1, 2)):
    try:
        f()
    except TypeError as e:
        print(e)
