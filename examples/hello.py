# A first look at glasspy: reference counts, ids and the cycle collector.
import gc
import sys

print('hello from glasspy')

greeting = ['hello', 'world']
# one reference from `greeting`, one from getrefcount's own argument
print('refcount:', getrefcount(greeting))
alias = greeting
print('after alias = greeting:', getrefcount(greeting))
del alias

# freed memory is reused last-in-first-out
print('id([]) == id([]):', id([]) == id([]))
print('sizeof [] and [1, 2, 3]:', sys.getsizeof([]), sys.getsizeof([1, 2, 3]))

# a list that contains itself is only freed by the cycle collector
gc.collect()
loop = []
loop.append(loop)
print('a cycle:', loop)
del loop
print('gc.collect() found', gc.collect(), 'unreachable object')
