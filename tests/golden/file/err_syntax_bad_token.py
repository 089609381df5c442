print('nothing runs')
x = 1 +* 2
