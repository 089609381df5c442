def g(d):
    return d['k'] * 2

x = g({}) + 1
