from .. import leaf as parent_leaf
from ..leaf import CONST
from . import deep
print("sub", __name__, __package__, parent_leaf.__name__, CONST)
