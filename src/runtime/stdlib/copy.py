"""Shallow and deep copies.

copy(x) makes a new container holding the same items; deepcopy(x) copies
the items too, recursively, with a memo (id of original -> copy) so that
shared and cyclic references come out shared and cyclic in the copy.

A class says how it is copied with __copy__ / __deepcopy__, or with
__reduce_ex__ / __reduce__ (a callable and its arguments that make the new
object, then its state, list items and dict items); any other instance is
made without running __init__ and given the original's attributes, those
in its __dict__ and those in its __slots__.
"""

import _copy


class Error(Exception):
    pass


error = Error


def _is_atomic(x):
    return x is None or x is Ellipsis or x is NotImplemented or isinstance(x, (int, float, bool, str, bytes, type, range, frozenset)) or callable(x) and not hasattr(x, "__dict__") and not isinstance(x, (list, dict, set))


def _reductor(cls):
    """The name of the class's own __reduce_ex__ or __reduce__, or None
    when it has neither beyond object's."""
    for name in ("__reduce_ex__", "__reduce__"):
        method = getattr(cls, name, None)
        if method is not None and method is not getattr(object, name, None):
            return name
    return None


def _reduce(x, name):
    if name == "__reduce_ex__":
        return x.__reduce_ex__(4)
    return x.__reduce__()


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is tuple or cls is frozenset or _is_atomic(x):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    name = _reductor(cls)
    if name is not None:
        rv = _reduce(x, name)
        if isinstance(rv, str):
            return x
        return _reconstruct(x, None, *rv)
    return _reconstruct_copy(x, None)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = getattr(klass, "__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for s in slots:
            if s not in ("__dict__", "__weakref__") and s not in names:
                names.append(s)
    return names


def _reconstruct_copy(x, memo):
    """x's class, made without __init__, given x's attributes (deep copies
    of them when memo is a memo); a builtin base's contents come too."""
    cls = type(x)
    if isinstance(x, list):
        y = list.__new__(cls)
    elif isinstance(x, dict):
        y = dict.__new__(cls)
    elif isinstance(x, set):
        y = set.__new__(cls)
    else:
        y = _copy.new(cls)
    if memo is not None:
        memo[id(x)] = y
    deep = memo is not None
    if hasattr(x, "__dict__"):
        for k, v in x.__dict__.items():
            setattr(y, k, deepcopy(v, memo) if deep else v)
    for s in _slot_names(cls):
        if hasattr(x, s):
            v = getattr(x, s)
            setattr(y, s, deepcopy(v, memo) if deep else v)
    if isinstance(x, list):
        y.extend([deepcopy(a, memo) for a in x] if deep else x)
    elif isinstance(x, dict):
        for k, v in x.items():
            y[deepcopy(k, memo) if deep else k] = deepcopy(v, memo) if deep else v
    elif isinstance(x, set):
        y.update([deepcopy(a, memo) for a in x] if deep else x)
    return y


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    """The object a __reduce_ex__ / __reduce__ value describes: func(*args),
    then its state (through __setstate__, or into its __dict__ and slots),
    its list items and its dict items; deep copies of each part when memo
    is a memo."""
    deep = memo is not None
    if deep and args:
        args = tuple([deepcopy(a, memo) for a in args])
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                for k, v in state.items():
                    setattr(y, k, v)
            if slotstate:
                for k, v in slotstate.items():
                    setattr(y, k, v)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
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
        name = None if copier is not None else _reductor(cls)
        if copier is not None:
            y = copier(memo)
        elif name is not None:
            rv = _reduce(x, name)
            if isinstance(rv, str):
                return x
            y = _reconstruct(x, memo, *rv)
        else:
            y = _reconstruct_copy(x, memo)
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
