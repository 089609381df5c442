class A:
    def meth(self):
        pass

def f(a, b):
    pass

def check(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ':', e)

check(lambda: f(1))
check(lambda: f(1, 2, 3))
check(lambda: f(1, b=2, c=3))
check(lambda: f())
check(lambda: A().meth(1))
check(lambda: len(5))
check(lambda: 1 / 0)
check(lambda: 1 // 0)
check(lambda: 5 % 0)
check(lambda: {}['missing'])
check(lambda: [][0])
check(lambda: (1, 2)[5])
check(lambda: 'abc'[10])
check(lambda: None.x)
check(lambda: A().nothing)
check(lambda: undefined_name)
check(lambda: '1' + 1)
check(lambda: 1 + 'a')
check(lambda: [1] * 'a')
check(lambda: int('x'))
check(lambda: [].pop())
check(lambda: [1].index(5))
check(lambda: [1].remove(7))
check(lambda: {}.pop('k'))
five = 5
check(lambda: five())
check(lambda: 'abc'.nope())
check(lambda: 1 < 'a')
check(lambda: float('nan?'))
