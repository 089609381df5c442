class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

class Holder:
    def __del__(self):
        print('holder del')

h = Holder()
h.b = D('b')
h.a = D('a')
h.c = D('c')
h.b = D('b2')
del h
print('end')
