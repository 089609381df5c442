# NameError: the innermost frame's variables, then the globals, then the
# builtins offer a name at most a third of the characters away.
counter = 0

def total(values):
    running_sum = 0
    for v in values:
        running_sum += v
    try:
        return runing_sum
    except NameError as e:
        print(str(e), e.name)
    try:
        lenn(values)
    except NameError as e:
        print(e)
    return running_sum

print(total([1, 2]))
try:
    del countr
except NameError as e:
    print(e, e.name)
print(NameError("x").name)
print(countre)
