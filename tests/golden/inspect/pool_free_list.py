# Freeing returns a block to the front of its pool's free list (LIFO).
# Three ints of 32 bytes (class 1) take three consecutive blocks of pool 5;
# del a, then del b: b's block is the head of the free list, then a's, and
# the next int takes b's block.
a = 1001
b = 1002
c = 1003
hex(id(a)), hex(id(b)), hex(id(c))
del a
del b
:pool 5
:block 0x7f0000014050
d = 1004
hex(id(d))
# A float (24 bytes, also class 1) takes the head of the free list, a's
# old block. Freed, it goes to the float free list instead: its block
# stays in use, held for the next float.
f = 2.5
hex(id(f))
del f
:block 0x7f0000014030
:pool 9999
:pool x
:block 0x1234
