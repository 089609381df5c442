class D:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'D' + str(self.n)
    def __del__(self):
        print('del', self.n)

a = D(1)
a = D(2)
D(3)
'next'
del a
[D(4), D(5)]
0
