l = [3, 1, 2]
l.append(5)
l.extend([9, 8])
l.insert(0, 7)
print(l)
print(l.pop(), l.pop(0), l)
l.remove(2)
print(l, l.index(5), l.count(1))
c = l.copy()
c.reverse()
print(c, l)
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ['pear', 'fig', 'banana']
words.sort(key=len)
print(words)
print(l[1:3], l[::-1], l[-2:])
l[1:3] = ['a', 'b', 'c']
print(l)
del l[0]
print(l, len(l))
l.clear()
print(l, [1, 2] + [3], [0] * 3, [1, 2] == [1, 2], [1, 2] < [1, 3])
nested = [[1, 2], [3]]
print(nested, nested[0][1], 3 in nested[1])
