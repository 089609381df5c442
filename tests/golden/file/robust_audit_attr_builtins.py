# getattr/setattr/hasattr hold the interned name while Python code
# (__getattr__, __setattr__, a member of sys made on first read) runs:
# the audit after each statement there must count that holder.
import sys
print(type(getattr(sys, "std" + "err")).__name__)
class A:
    def __getattr__(self, n):
        x = 1
        return n
    def __setattr__(self, n, v):
        x = 1
print(getattr(A(), 'zz'), hasattr(A(), 'yy'))
setattr(A(), 'ww', 1)
k = 'q' * 3
print(getattr(A(), k))
setattr(A(), k, 1)
