"""Higher-order functions and operations on callables: glasspy's functools.

Written in Python. lru_cache keeps what CPython's keeps: its cache is a
dict held by the wrapper, mapping each call's key (the argument itself for
one int or str argument, else a tuple of the arguments, a marker and the
keyword items) to the result, so a cached call keeps its arguments and its
result alive until the entry is evicted or cache_clear() is called. The
dict's insertion order is the recency order (a hit moves its entry to the
end; the first entry is the one evicted). partial, cmp_to_key's key and
the cache wrapper are classes written here, so their getsizeof is that of
a Python object, not of CPython's C structs.
"""

from collections import namedtuple as _namedtuple

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Copies the wrapped function's name, docstring, ... onto the wrapper."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        extra = getattr(wrapped, attr, None)
        if extra:
            target = getattr(wrapper, attr, None)
            if target is None:
                for k in extra:
                    setattr(wrapper, k, extra[k])
            else:
                target.update(extra)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator that applies update_wrapper(wrapper, wrapped)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ----- total_ordering -------------------------------------------------------------

def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other

def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other

def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other

def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other

def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other

def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other

def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other

def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other

def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r

# For each root, the three others made from it (in CPython's order).
_CONVERT = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def _defines(cls, name):
    """Whether a class written in Python (cls or a base) defines `name`."""
    for c in cls.__mro__:
        if c is object:
            return False
        f = getattr(c, name, None)
        if f is not None and type(f) is type(_defines):
            return True
    return False


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods."""
    roots = [op for op in _CONVERT if _defines(cls, op)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for opname, opfunc in _CONVERT[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


# ----- cmp_to_key -----------------------------------------------------------------

class KeyWrapper:
    """The key cmp_to_key makes: compares by calling the old cmp function."""
    __slots__ = ('obj', '_cmp')
    __hash__ = None

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        return self._cmp(self.obj, _other_obj(other)) < 0

    def __gt__(self, other):
        return self._cmp(self.obj, _other_obj(other)) > 0

    def __eq__(self, other):
        return self._cmp(self.obj, _other_obj(other)) == 0

    def __le__(self, other):
        return self._cmp(self.obj, _other_obj(other)) <= 0

    def __ge__(self, other):
        return self._cmp(self.obj, _other_obj(other)) >= 0


def _other_obj(other):
    if not isinstance(other, KeyWrapper):
        raise TypeError('other argument must be K instance')
    return other.obj


def cmp_to_key(mycmp):
    """Turns an old-style comparison function into a key function."""
    class K(KeyWrapper):
        __slots__ = ()
        _cmp = staticmethod(mycmp)
    K.__name__ = K.__qualname__ = 'KeyWrapper'
    return K


# ----- reduce ---------------------------------------------------------------------

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    """reduce(function, iterable[, initial]) -> value

    Applies a function of two arguments cumulatively to the items of an
    iterable, from left to right, so as to reduce it to a single value."""
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# ----- partial --------------------------------------------------------------------

class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords."""
    __slots__ = ('func', 'args', 'keywords', '__dict__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if type(func) is partial:
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        name = type(self).__qualname__
        if type(self).__module__ == 'functools':
            name = 'functools.' + name
        return f"{name}({', '.join(parts)})"


def _bind(func, obj, cls):
    """What reading a method attribute gives for func on obj (or on cls when
    obj is None): glasspy's functions have no __get__, so the three kinds of
    method are told apart here."""
    if isinstance(func, staticmethod):
        return func.__func__
    if isinstance(func, classmethod):
        return partial(func.__func__, cls if cls is not None else type(obj))
    if obj is None or not hasattr(func, '__code__'):
        return func
    return partial(func, obj)


class partialmethod:
    """partialmethod(func, *args, **keywords): a method whose call puts
    these arguments after the instance (or the class, for a classmethod)."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not isinstance(func, (staticmethod, classmethod)):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        return f"functools.partialmethod({', '.join(parts)})"

    def __get__(self, obj, cls=None):
        if obj is None and not isinstance(self.func, (staticmethod, classmethod)):
            func, args, keywords = self.func, self.args, self.keywords

            def _method(cls_or_self, /, *rest, **kw):
                return func(cls_or_self, *args, *rest, **{**keywords, **kw})
            _method._partialmethod = self
            return _method
        bound = _bind(self.func, obj, cls)
        return partial(bound, *self.args, **self.keywords)


# ----- lru_cache ------------------------------------------------------------------

_CacheInfo = _namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])

# The marker between positional and keyword arguments in a key.
_kwd_mark = (object(),)


def _make_key(args, kwds, typed):
    """The cache key of one call (as CPython's C lru_cache makes it)."""
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


class _lru_cache_wrapper:
    """The callable lru_cache returns: the user function, its cache (a dict
    from call keys to results) and the hit and miss counts."""

    def __init__(self, user_function, maxsize, typed):
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0

    def __call__(self, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        if key in cache:
            self._hits += 1
            result = cache[key]
            if maxsize is not None:
                # the entry becomes the most recent
                del cache[key]
                cache[key] = result
            return result
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        if maxsize is not None:
            if key in cache:
                # a recursive call cached it meanwhile
                return result
            if len(cache) >= maxsize:
                del cache[next(iter(cache))]
        cache[key] = result
        return result

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return _BoundCache(self, obj)

    def cache_info(self):
        """Report cache statistics"""
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        self._cache.clear()
        self._hits = 0
        self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _BoundCache:
    """A cached function looked up on an instance: the method it binds to."""
    __slots__ = ('__func__', '__self__')

    def __init__(self, func, obj):
        self.__func__ = func
        self.__self__ = obj

    def __call__(self, *args, **kwds):
        return self.__func__(self.__self__, *args, **kwds)

    def __getattr__(self, name):
        return getattr(self.__func__, name)

    def __repr__(self):
        return f'<bound method {self.__func__.__qualname__} of {self.__self__!r}>'


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If maxsize is None, the cache grows without bound; if typed is true,
    arguments of different types are cached separately."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        return update_wrapper(wrapper, user_function)
    return decorating_function


def cache(user_function):
    """Simple lightweight unbounded cache.  Sometimes called "memoize"."""
    return lru_cache(maxsize=None)(user_function)


# ----- cached_property ------------------------------------------------------------

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then kept in its __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            # glasspy's class statement does not call __set_name__: the
            # name is the function's
            self.attrname = self.func.__name__
        val = self.func(instance)
        try:
            setattr(instance, self.attrname, val)
        except AttributeError:
            msg = (f"No '__dict__' attribute on {type(instance).__name__!r} "
                   f"instance to cache {self.attrname!r} property.")
            raise TypeError(msg) from None
        return val


# ----- singledispatch -------------------------------------------------------------

def singledispatch(func):
    """Single-dispatch generic function decorator: the implementation is
    chosen by the type of the first argument (the nearest class of its MRO
    that has one registered)."""
    registry = {object: func}

    def dispatch(cls):
        for c in cls.__mro__:
            if c in registry:
                return registry[c]
        return func

    def register(cls, func=None):
        if isinstance(cls, type):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f'Invalid first argument to `register()`. {cls!r} is not a class.')
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(f'Invalid first argument to `register()`: {cls!r}. '
                                'Use either `@register(some_class)` or plain `@register` '
                                'on an annotated function.')
            func = cls
            cls = next(iter(ann.values()))
        registry[cls] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """A method that dispatches on the type of its first argument after
    self (or cls), registered as singledispatch's functions are."""

    def __init__(self, func):
        if not callable(func) and not isinstance(func, (staticmethod, classmethod)):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.func = func
        self.dispatcher = singledispatch(func)

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            if not args:
                raise TypeError(f'{getattr(self.func, "__name__", "singledispatchmethod method")} '
                                'requires at least 1 positional argument')
            return _bind(dispatch(args[0].__class__), obj, cls)(*args, **kwargs)
        _method.register = self.register
        _method.__wrapped__ = self.func
        return _method
