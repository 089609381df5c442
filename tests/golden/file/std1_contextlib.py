import contextlib
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout
import io

@contextmanager
def tag(name):
    print('<' + name + '>')
    try:
        yield name.upper()
    finally:
        print('</' + name + '>')

with tag('b') as t:
    print('inside', t)

try:
    with tag('i'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated:', e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))

with swallow():
    raise KeyError('k')
print('after swallow')

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)

@contextmanager
def keeps_yielding():
    while True:
        try:
            yield
        except Exception:
            pass
try:
    with keeps_yielding():
        raise ValueError
except RuntimeError as e:
    print('RuntimeError:', e)

@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError('wrapped') from e
try:
    with transform():
        1 / 0
except ArithmeticError as e:
    print('ArithmeticError:', e, type(e.__cause__).__name__)

@tag('deco')
def decorated(x):
    print('body', x)
    return x * 2
print(decorated(5))
print(decorated(6))
print(tag.__name__)

with suppress(KeyError, IndexError):
    [][1]
print('suppressed IndexError')
with suppress(LookupError):
    {}['x']
print('suppressed KeyError via LookupError')
try:
    with suppress(KeyError):
        int('x')
except ValueError as e:
    print('not suppressed:', e)
with suppress():
    pass

class Res:
    def __init__(self, n):
        self.n = n
    def close(self):
        print('closed', self.n)
with closing(Res(1)) as r:
    print('using', r.n)
try:
    with closing(Res(2)):
        raise OSError('io')
except OSError as e:
    print('OSError:', e)

with nullcontext(42) as v:
    print('null', v)
with nullcontext() as v:
    print('null', v)

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print('captured line')
    print('second', 1, 2, sep='-')
print('target is buf:', target is buf, repr(buf.getvalue()))

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.suppress

with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in 'abc']
    stack.callback(print, 'callback', 1, sep='~')
    print('names', names)

with ExitStack() as stack:
    stack.enter_context(CM('outer', suppress=True))
    stack.enter_context(CM('inner'))
    raise ValueError('inside stack')
print('suppressed by outer')

with ExitStack() as stack:
    stack.push(CM('pushed'))
    def cb(t, v, tb):
        print('exit callback sees', t)
    stack.push(cb)

with ExitStack() as stack:
    stack.enter_context(CM('kept'))
    moved = stack.pop_all()
print('popped; now closing')
moved.close()

try:
    with ExitStack() as stack:
        stack.enter_context(5)
except TypeError as e:
    print('TypeError:', e)

def failing_cb():
    raise KeyError('from callback')
try:
    with ExitStack() as stack:
        stack.callback(failing_cb)
        raise ValueError('original')
except KeyError as e:
    print('KeyError:', e, 'context:', repr(e.__context__))

class Acm(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print('abstract exit')
with Acm() as a:
    print(type(a).__name__)
