class Node:
    def __init__(self, v):
        self.v = v

n = Node(1)
print(getrefcount(n))
m = Node(n)
print(getrefcount(n))
m.other = n
print(getrefcount(n))
del m.other
print(getrefcount(n))
del m
print(getrefcount(n))
Node.shared = n
print(getrefcount(n))
del Node.shared
print(getrefcount(n))
