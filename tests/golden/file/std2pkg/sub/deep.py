import std2pkg
from .. import VERSION
print("deep", __name__, VERSION, std2pkg.__name__)
def where():
    return __name__
