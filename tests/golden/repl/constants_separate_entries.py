a = 12345
b = 12345
a is b
def f():
    return 12345

f() is f()
a is f()
x = 'hello_world'
y = 'hello_world'
x is y
p = 'hello world'
q = 'hello world'
p is q
m = 100
n = 100
m is n
s = 1000; t = 1000; s is t
