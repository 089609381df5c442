# A line of spaces does not end a block; a syntax error (an unfinished
# expression, a bracket that a later token proves wrong) is reported at once
# and the next line starts a new entry.
x = 0
while x < 3:
    x += 1
    
    print(x)

print("end")
def h(:
print(3)
1 +
print(4)
print((1)
print(5)
print(6)
