class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

def f(p, q):
    y = D('y')
    x = D('x')
    print('returning')

f(D('p'), D('q'))
print('after')

def g():
    keep = D('kept')
    drop = D('dropped')
    return keep

r = g()
print('got', r.name)
del r
print('end')
