# More than 50 objects examined: the passes are summarised (counts per
# type) and shown in detail for the unreachable ones only, here a cycle of
# two lists among 80 live lists.
keep = [[] for i in range(80)]
p = []
q = [p]
p.append(q)
del p, q
:gc
