xs = [1, 2, 3, 4, 5, 6]
print([x * x for x in xs])
print([x for x in xs if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({x: x * 10 for x in xs if x > 3})
print([[c for c in w] for w in ['ab', 'cd']])
x = 'outer'
print([x for x in 'xyz'], x)
k = 3
print([i + k for i in range(3)])
def scale(f):
    return [v * f for v in xs]
print(scale(2))
print(sum([x for x in range(101)]))
