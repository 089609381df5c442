# the module import_own_module imports (run directly, it is __main__)
print("import_own_helper runs once, as", __name__)
__all__ = ["public", "get"]
shared = [1, 2]
public = "public name"
hidden = "left out of import *"
def get():
    return shared
