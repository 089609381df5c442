import sys
for s in ['', 'a', 'ab', 'abc', 'hello world', 'x' * 100, 'é', 'éa', 'café', 'ÿÿÿ', 'é' * 50, 'Ā', 'ĀĀ', '€uro', '中文字', '中' * 40, '😀', 'a😀', '😀' * 10, 'é😀', 'a€']:
    print(len(s), sys.getsizeof(s))
n = 5
print(sys.getsizeof('ab' * n), sys.getsizeof(str(n)), sys.getsizeof(str(12345)), sys.getsizeof('x' + str(n)))
print(sys.getsizeof('é' * n), sys.getsizeof('€' * n), sys.getsizeof('😀' * n))
s = 'hello'
print(sys.getsizeof(s[1:3]), sys.getsizeof(s[0]), sys.getsizeof(s.upper()), sys.getsizeof('a,b,c'.split(',')[0]))
print(sys.getsizeof(f'{n}'), sys.getsizeof(f'{n:>5}'), sys.getsizeof('{}x'.format(n)))
print(sys.getsizeof(repr(s)), sys.getsizeof(' '.join(['a', 'b'])))
print(sys.getsizeof(b''), sys.getsizeof(b'a'), sys.getsizeof(b'abc'), sys.getsizeof(b'x' * 20))
print(sys.getsizeof(bytes(n)))
