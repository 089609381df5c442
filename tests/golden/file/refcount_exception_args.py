payload = [1]
try:
    raise ValueError(payload, 'extra')
except ValueError as e:
    print(getrefcount(payload))
    print(e.args[0] is payload, len(e.args))
    saved = e
print(getrefcount(payload))
del saved
print(getrefcount(payload))
