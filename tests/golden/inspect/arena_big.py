# 100,000 empty lists fill several arenas. A list takes a 64-byte block
# (class 3): 40 bytes plus the 16-byte GC pre-header (getsizeof's 56
# counts it), rounded up to 16; a pool holds (16384 - 48) / 64 = 255 of
# them, an arena 64 * 255 = 16320. More than 4 arenas are listed one line
# each; :arena N shows one arena's pools. After del xs, the arenas whose
# pools all emptied are released; the last one is pinned by the 80 dead
# lists the list free list keeps for reuse.
xs = [[] for i in range(100000)]
:arena
:arena 3
del xs
:arena
