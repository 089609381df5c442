# a module whose code counts its runs in a list that survives it
import std2circ
std2circ.runs = getattr(std2circ, "runs", 0) + 1
print("counter runs", std2circ.runs)
CONSTANT = 1000
