# a package: its __init__ runs first, its relative imports resolve against __package__
print("init", __name__, __package__, __file__.split("/")[-2:])
VERSION = 1
from . import leaf
from .leaf import double
__all__ = ["leaf", "double", "later"]
