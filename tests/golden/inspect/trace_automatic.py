# --gc-trace shows the automatic collections too. Each Node holds itself,
# so each dies only by the collector. Every Node is one allocation of a GC
# object (generation 0's count + 1); when the count passes 700, the 701st
# allocation starts a collection of generation 0: more than 50 objects,
# so the passes are summarised. At the end, the final collection.
class Node:
    def __init__(self, i):
        self.i = i
        self.me = self

for i in range(750):
    Node(i)
print("made 750 nodes")
