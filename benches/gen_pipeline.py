# A pipeline of generator expressions over 10,000,000 items. Nothing is
# built: each stage asks the one before it for one item at a time, so the
# memory stays flat however long the input is.
N = 10_000_000
nums = (i for i in range(N))
squares = (n * n for n in nums)
evens = (s for s in squares if s % 2 == 0)
small = (e % 1000 for e in evens)
print(sum(small))
