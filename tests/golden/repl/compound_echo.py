for i in range(3):
    i * 10

if True:
    'yes'

x = [1]
x
x.append(2); x
def quiet():
    'not echoed'
    return 1

quiet()
