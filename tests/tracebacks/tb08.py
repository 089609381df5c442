def f(x):
    return x.missing + 1

x = f(3)
