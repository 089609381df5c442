"""Abstract base classes: glasspy's abc, written in Python.

ABCMeta computes a class's __abstractmethods__ (the names whose value,
here or inherited, has a true __isabstractmethod__); object.__new__
refuses to make an instance of a class whose __abstractmethods__ is not
empty, with 3.11's message. register() adds a virtual subclass, which
isinstance() and issubclass() see through ABCMeta's __instancecheck__
and __subclasscheck__, as do the answers of __subclasshook__. Each ABC
keeps, as CPython's _abc does, a registry, a cache of positive answers
and a cache of negative ones (sets of weak references, so they keep no
class alive), the negative cache being dropped whenever any ABC
registers a class (the invalidation counter, get_cache_token()).
The deprecated abstractproperty, abstractclassmethod and
abstractstaticmethod are functions returning the plain descriptor over an
abstract function (CPython: subclasses of the descriptor types).
"""

from weakref import ref as _ref

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token',
           'update_abstractmethods']


def abstractmethod(funcobj):
    """Marks a method abstract: a class with one cannot be instantiated
    until a subclass overrides it (with ABCMeta as its metaclass)."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    """Deprecated: use classmethod over abstractmethod."""
    return classmethod(abstractmethod(callable))


def abstractstaticmethod(callable):
    """Deprecated: use staticmethod over abstractmethod."""
    return staticmethod(abstractmethod(callable))


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated: use property over abstractmethod."""
    if fget is not None:
        fget = abstractmethod(fget)
    return property(fget, fset, fdel, doc)


# Bumped by every register(): a negative cache made under an older
# value is stale.
_invalidation_counter = 0


def get_cache_token():
    """The current ABC cache token: it changes whenever a class is
    registered with any ABC."""
    return _invalidation_counter


def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False)


def _weak_set():
    """A set of weak references that drops a reference when its class dies."""
    items = set()

    def remove(wr):
        items.discard(wr)
    return items, remove


class _Impl:
    """An ABC's registry and caches (CPython's _abc_data)."""
    __slots__ = ('registry', 'cache', 'negative', 'negative_version',
                 'subclasses', '_remove_registry', '_remove_cache',
                 '_remove_negative', '_remove_subclass')

    def __init__(self):
        self.registry, self._remove_registry = _weak_set()
        self.cache, self._remove_cache = _weak_set()
        self.negative, self._remove_negative = _weak_set()
        self.subclasses, self._remove_subclass = _weak_set()
        self.negative_version = _invalidation_counter


def _abstracts_of(cls, namespace_items):
    abstracts = {name for name, value in namespace_items if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


def update_abstractmethods(cls):
    """Recomputes an ABC's abstract methods (after a class decorator
    added or overrode some); returns the class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _abstracts_of(cls, cls.__dict__.items())
    return cls


class ABCMeta(type):
    """The metaclass of abstract base classes: abstract methods are
    enforced at instantiation, and register() adds virtual subclasses."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstracts_of(cls, namespace.items())
        cls._abc_impl = _Impl()
        for base in bases:
            impl = base.__dict__.get('_abc_impl')
            if impl is not None:
                impl.subclasses.add(_ref(cls, impl._remove_subclass))
        return cls

    def register(cls, subclass):
        """Registers a virtual subclass of this ABC; returns it (so it
        can be used as a class decorator)."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        impl = cls._abc_impl
        impl.registry.add(_ref(subclass, impl._remove_registry))
        _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Overrides isinstance(instance, cls)."""
        subclass = instance.__class__
        impl = cls._abc_impl
        if _ref(subclass) in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl.negative_version == _invalidation_counter
                    and _ref(subclass) in impl.negative):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """Overrides issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        key = _ref(subclass)
        if key in impl.cache:
            return True
        if impl.negative_version < _invalidation_counter:
            impl.negative.clear()
            impl.negative_version = _invalidation_counter
        elif key in impl.negative:
            return False
        hook = getattr(cls, '__subclasshook__', None)
        answer = NotImplemented if hook is None else hook(subclass)
        if answer is not NotImplemented:
            if answer:
                impl.cache.add(_ref(subclass, impl._remove_cache))
            else:
                impl.negative.add(_ref(subclass, impl._remove_negative))
            return answer
        if cls in subclass.__mro__:
            impl.cache.add(_ref(subclass, impl._remove_cache))
            return True
        for wr in list(impl.registry):
            rcls = wr()
            if rcls is not None and issubclass(subclass, rcls):
                impl.cache.add(_ref(subclass, impl._remove_cache))
                return True
        for wr in list(impl.subclasses):
            scls = wr()
            if scls is not None and issubclass(subclass, scls):
                impl.cache.add(_ref(subclass, impl._remove_cache))
                return True
        impl.negative.add(_ref(subclass, impl._remove_negative))
        return False

    def _dump_registry(cls, file=None):
        """Prints the ABC's registry and caches (for debugging)."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        impl = cls._abc_impl
        for name in ('registry', 'cache', 'negative'):
            print(f"_abc_{name}: {set(getattr(impl, name))!r}", file=file)

    def _abc_registry_clear(cls):
        """Empties the registry (for debugging or testing)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Empties both caches (for debugging or testing)."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative.clear()


class ABC(metaclass=ABCMeta):
    """A helper class with ABCMeta as its metaclass: `class C(ABC):`."""
    __slots__ = ()
