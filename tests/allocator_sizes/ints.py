import sys
for v in [0, 1, -1, 5, 255, 256, 257, -5, -6, 1000, 2**29, 2**30-1, 2**30, 2**31, -2**30, 2**59, 2**60, 2**62, 2**63-1, 2**63, -2**63, -2**63-1, 2**64, 2**90, 2**120, 10**40, -10**40]:
    print(v, sys.getsizeof(v))
n = 3
print(sys.getsizeof(n - 3), sys.getsizeof(n * 10**30 // 10**30 - 3))
print(sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(n > 1))
print(sys.getsizeof(None))
print(sys.getsizeof(1.5), sys.getsizeof(0.0), sys.getsizeof(float(n)), sys.getsizeof(n / 2))
