print("leaf", __name__, __package__, __spec__.name, __spec__.parent)
CONST = ("leaf", 1)
def double(x):
    return 2 * x
