print("b starts")
from . import a
print("b sees a half made:", a.A1, hasattr(a, "A2"))
B = "b"
