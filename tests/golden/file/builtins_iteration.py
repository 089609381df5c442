xs = [5, 3, 8, 1]
print(sorted(xs), sorted(xs, reverse=True), xs)
print(min(xs), max(xs), sum(xs), sum(xs, 10))
print(min('b', 'a', 'c'), max([1, 9], [2]), max(xs, key=lambda v: -v))
print(list(zip('abc', [1, 2, 3])), list(zip([1, 2], 'xyz')))
print(list(enumerate('ab')), list(enumerate('ab', 1)))
print(list(range(10, 0, -3)), len(range(5)), tuple(range(3)))
print(abs(-7), abs(2.5), bool(''), bool([0]), int(3.9), int(-3.9))
print(isinstance(3, int), isinstance(True, int), type(3.0) == float)
print(repr(None), str(True), 7 // 2, -7 // 2, 7 % -3, 2 ** -1, 10 / 4)
total = 0
for i, v in enumerate(xs):
    if i == 2:
        continue
    total += v * i
print(total)
i = 0
while True:
    i += 1
    if i > 4:
        break
else:
    print('not printed')
print(i)
for x in []:
    pass
else:
    print('for-else ran')
