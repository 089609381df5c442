from .d import D
C = "c"
