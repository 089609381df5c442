print('nothing runs')
if True:
print('bad')
