"""Shallow and deep copies.

copy(x) makes a new container holding the same items; deepcopy(x) copies
the items too, recursively, with a memo (id of original -> copy) so that
shared and cyclic references come out shared and cyclic in the copy.
"""

import _copy


class Error(Exception):
    pass


error = Error



def _is_atomic(x):
    return x is None or x is Ellipsis or x is NotImplemented or isinstance(x, (int, float, bool, str, bytes, type, range)) or callable(x) and not hasattr(x, "__dict__") and not isinstance(x, (list, dict, set))


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if isinstance(x, list):
        return x[:] if cls is list else _reconstruct_copy(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is tuple or _is_atomic(x):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct_copy(x)


def _reconstruct_copy(x):
    cls = type(x)
    y = _copy.new(cls)
    if hasattr(x, "__dict__"):
        for k, v in x.__dict__.items():
            setattr(y, k, v)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) to its copy."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x) and cls is not list and cls is not dict:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = set()
        for a in x:
            y.add(deepcopy(a, memo))
        memo[d] = y
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # a tuple copied while one of its items was being copied
        if d in memo:
            return memo[d]
        same = True
        for a, b in zip(x, items):
            if a is not b:
                same = False
                break
        y = x if same else tuple(items)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _copy.new(cls)
            memo[d] = y
            if hasattr(x, "__dict__"):
                for k, v in x.__dict__.items():
                    setattr(y, k, deepcopy(v, memo))
    # keeps the original alive while the memo refers to its id
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
