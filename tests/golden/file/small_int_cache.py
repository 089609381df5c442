n = 100
print(n + 100 is n * 2)
m = 1000
print(m + 1 is m + 1)
k = 77
print(int('77') is k)
big = 257
print(int('257') is big)
neg = -5
print(int('-5') is neg)
neg6 = -6
print(int('-6') is neg6)
print(len([0] * 256) is len([1] * 256))
print(len([0] * 257) is len([1] * 257))
print(max(3, 200) is sum([100, 100]))
