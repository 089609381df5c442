print("start")
x = 1
yield x
