def risky(n):
    if n == 0:
        raise ValueError('zero')
    return 10 // n

for n in [2, 0, 5]:
    try:
        r = risky(n)
    except ValueError as e:
        print('caught', e)
    else:
        print('ok', r)
    finally:
        print('finally', n)

def nested():
    try:
        try:
            raise KeyError('inner')
        finally:
            print('inner finally')
    except KeyError as e:
        print('outer caught', repr(e))
        return 'from except'
    finally:
        print('outer finally')

print(nested())

class MyError(Exception):
    pass

try:
    raise MyError('custom', 2)
except Exception as e:
    print(type(e).__name__, e.args, isinstance(e, MyError))

try:
    assert 1 + 1 == 3, 'math is broken'
except AssertionError as e:
    print('assert:', e)

def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        print('handling')
        raise

try:
    reraise()
except ZeroDivisionError as e:
    print('reraised', e)
try:
    import nosuch_module_here
except ModuleNotFoundError as e:
    print(e)
