print('before')
def f():
    return missing_value
f()
print('not reached')
