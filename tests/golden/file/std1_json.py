# glass: heavy (thousands of calls into the Python-source json module: the golden run audits every statement; the labelled sweep would take many minutes)
import json

data = {'name': 'glasspy', 'version': [3, 11], 'ok': True, 'none': None, 'pi': 3.14159,
        'big': 10 ** 20, 'neg': -0.0, 'small': 1e-07, 'f': 1e16, 'nested': {'a': [], 'b': {}, 'c': [1, [2, [3]]]}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps([1, 2, {'x': [3]}], indent='--'))
print(json.dumps([1, [], {}], indent=0))
print(json.dumps((1, 2)), json.dumps('plain'), json.dumps(None), json.dumps(1.5), json.dumps(-7))
print(json.dumps("quote\" back\\ nl\n tab\t cr\r bs\b ff\f ctl\x01 del\x7f"))
print(json.dumps('caf\u00e9 \u4e2d \U0001f600'))
print(json.dumps('caf\u00e9 \u4e2d \U0001f600', ensure_ascii=False))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none', 'z': 0}))
print(json.dumps([float('nan'), float('inf'), float('-inf')]))
for bad in [float('nan'), [float('inf')]]:
    try:
        json.dumps(bad, allow_nan=False)
    except ValueError as e:
        print('ValueError:', e)
try:
    json.dumps([float('nan')], allow_nan=False, indent=1)
except ValueError as e:
    print('ValueError:', e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TypeError:', e)
print(json.dumps({(1, 2): 3, 'k': 4}, skipkeys=True))
try:
    json.dumps({1: 2, 'a': 3}, sort_keys=True)
except TypeError as e:
    print('TypeError:', e)
try:
    json.dumps(object())
except TypeError as e:
    print('TypeError:', e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print('TypeError:', e)
print(json.dumps({1, 2}, default=sorted))
circ = [1]
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print('ValueError:', e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        return super().default(o)
print(json.dumps([Point(1, 2)], cls=PointEncoder))
print(json.JSONEncoder(sort_keys=True).encode({'b': 1, 'a': 2}))

print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d"}}'))
print(json.loads('  [ 1 , 2 ]  '), json.loads('"\\u00e9\\n\\t\\/\\\\\\""'), json.loads('"\\ud83d\\ude00"'))
print(json.loads('123'), json.loads('-0'), json.loads('1.5e3'), json.loads('1E-2'), json.loads('12345678901234567890'))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads(b'{"k": 1}'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{}'), json.loads('[]'))
print(json.loads('[1.1]', parse_float=str), json.loads('[7]', parse_int=float))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"x": 1, "y": 2}', object_pairs_hook=list))
print(json.loads('"a\\tb"'), json.loads('"a\tb"', strict=False))
print(json.JSONDecoder().raw_decode('[1, 2] tail'))
for doc in ['', '[', '[1,]', '{"a":1,}', '{"a" 1}', '{1:2}', '[1 2]', '"abc', '"\\q"', '"\\u12"',
            '1 2', 'tru', '[1,\n  x]', '-', '01', '1.', 'nan', '{"a":', '  ', '{', '{"a"', '"\\',
            '"a\x01b"', '"\\u12345', '\n\n  {"k": 1 2}', '\ufeff[]']:
    try:
        print(repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print('TypeError:', e)
print(json.JSONDecodeError.__name__, json.JSONDecodeError.__module__)

import io
buf = io.StringIO()
json.dump({'k': [1, 2]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.loads(json.dumps(data)) == data)
