x = 10
y = x - 10
print(x // 3)
print(x / y)
