from .c import C
D = "d"
