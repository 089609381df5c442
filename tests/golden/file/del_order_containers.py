class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

l = [D('l0'), D('l1'), D('l2')]
del l
t = (D('t0'), D('t1'), D('t2'))
del t
d = {'a': D('d0'), 'b': D('d1'), 'c': D('d2')}
del d
m = [D('m0'), D('m1'), D('m2'), D('m3')]
del m[1:3]
m.clear()
print('end')
