x = 1
1 / 0
x
undefined
x + 1
def f():
    raise KeyError('k')

f()
'still here'
x = 1 +* 2
x
