import sys
a, b, c, d, e = 1, 2, 3, 4, 5
print(sys.getsizeof(()), sys.getsizeof((a,)), sys.getsizeof((a, b)), sys.getsizeof((a, b, c)), sys.getsizeof((a, b, c, d)), sys.getsizeof((a, b, c, d, e)))
print(sys.getsizeof((1,)), sys.getsizeof((1, 2, 3, 4, 5)))
for n in range(6):
    print(n, sys.getsizeof(tuple(range(n))), sys.getsizeof(tuple([0] * n)))
t = (1, 2, 3, 4, 5)
print(sys.getsizeof(t[1:3]), sys.getsizeof(t[:]), sys.getsizeof(t + t), sys.getsizeof(t * 2))
