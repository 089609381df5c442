# The pymalloc map on a small heap. x is a 1000 (an int: 28 bytes, a
# 32-byte block, size class 1); its id is its block address (ints have no
# pre-header). y's list has a 16-byte GC pre-header: its block starts 16
# bytes before its id (and y's 56 bytes + 16 take a 80-byte block).
x = 1000
y = []
hex(id(x))
hex(id(y))
:arena
:block 0x7f0000014030
:block 0x7f0000002980
:block 0x7f0000002988
:arena 0
:arena 7
