name = 'glass'
n = 42
x = 3.14159
print(f'{name} has {n} items')
print(f'{name!r} {n:>5} {n:<5}| {n:^7}|')
print(f'{x:.2f} {x:8.3f} {x:e}')
print(f'{n:05d} {n:x} {n:o} {n:b} {n:#x}')
print(f'{1234567:,}')
print('{} and {}'.format('a', 'b'))
print('{1} {0} {1}'.format('x', 'y'))
print('{name}={val!r}'.format(name='k', val='v'))
print('{:>6}|{:<6}|{:*^6}'.format('ab', 'cd', 'ef'))
print(repr('it\'s'), repr("say \"hi\""), repr('tab\there'), repr('nl\n'))
print(str(1.0), str(1e20), str(1e-5), str(0.1 + 0.2), repr(2.5))
print(str(10 ** 25), hex(255), hex(-16))
print(f'{[1, 2]} {(3,)} {{}} {None}')
print(f'{n + 1} {name.upper()} {len(name)}')
print('%s' % 'pct' if False else 'no pct')
