# At program end, __main__'s dict is cyclic garbage (functions hold it as
# __globals__): the final collection runs every __del__ with the globals
# still bound, as CPython 3.11 does.
import gc

class A:
    count = 0
    def __init__(self, n):
        self.n = n
    def __del__(self):
        A.count += 1
        print("del", self.n, A.__name__, len(table), gc.isenabled(), A.count)

table = [1, 2, 3]
b = A(2)
a = A(1)
_c = A(3)
print("end of program")
