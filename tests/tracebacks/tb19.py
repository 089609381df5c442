import sys
sys.setrecursionlimit(60)

def r(n):
    return r(n + 1)

r(0)
