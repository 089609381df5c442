"""typing: the names annotations use, subscriptable, printed as CPython
prints them. Nothing is checked: an annotation is only recorded."""

import collections as _collections

TYPE_CHECKING = False


def _type_repr(obj):
    # how an argument of a subscripted form prints
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if obj is ...:
        return '...'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


class _Final:
    __slots__ = ()


class _GenericAlias(_Final):
    """A subscripted form: `List[int]`, `Dict[str, int]`, `Optional[T]`."""

    __slots__ = ('__origin__', '__args__', '_name')

    def __init__(self, origin, args, name):
        self.__origin__ = origin
        if name != 'Literal':
            args = tuple(type(None) if a is None else a for a in args)
        self.__args__ = args
        self._name = name

    def __repr__(self):
        if self._name == 'Callable' and self.__args__:
            params = self.__args__[:-1]
            if len(params) == 1 and params[0] is ...:
                first = '...'
            else:
                first = '[' + ', '.join(_type_repr(a) for a in params) + ']'
            return 'typing.Callable[' + first + ', ' + _type_repr(self.__args__[-1]) + ']'
        if self._name == 'Optional':
            return 'typing.Optional[' + _type_repr(self.__args__[0]) + ']'
        if self.__args__ == ():
            return 'typing.' + self._name + '[()]'
        return 'typing.' + self._name + '[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        if self.__origin__ is Union and other.__origin__ is Union:
            return set(self.__args__) == set(other.__args__)
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        # a generic alias with type variables, subscripted again
        if not isinstance(params, tuple):
            params = (params,)
        free = [a for a in self.__args__ if isinstance(a, TypeVar)]
        if len(free) != len(params):
            raise TypeError('Too ' + ('many' if len(params) > len(free) else 'few') + ' arguments for ' + repr(self))
        subst = dict(zip(free, params))
        args = tuple(subst.get(a, a) if isinstance(a, TypeVar) else a for a in self.__args__)
        return _GenericAlias(self.__origin__, args, self._name)


class _SpecialGeneric(_Final):
    """An unsubscripted generic name: `List`, `Dict`, `Callable`."""

    __slots__ = ('__origin__', '_name', '_nparams')

    def __init__(self, origin, name, nparams):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwargs):
        if self.__origin__ in (list, dict, set, tuple, type):
            raise TypeError('Type ' + self._name + ' cannot be instantiated; use '
                            + self.__origin__.__name__ + '() instead')
        if self.__origin__ is object:
            raise TypeError('Type ' + self._name + ' cannot be instantiated')
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        if self._name == 'Callable':
            if not isinstance(params, tuple) or len(params) != 2:
                raise TypeError('Callable must be used as Callable[[arg, ...], result].')
            args, result = params
            if args is ...:
                return _GenericAlias(self.__origin__, (..., result), 'Callable')
            if not isinstance(args, list):
                raise TypeError('Callable[args, result]: args must be a list. Got ' + _type_repr(args))
            return _GenericAlias(self.__origin__, tuple(args) + (result,), 'Callable')
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Tuple' and params == ((),):
            params = ()
        if self._nparams >= 0 and self._name != 'Tuple' and len(params) != self._nparams:
            raise TypeError('Too ' + ('many' if len(params) > self._nparams else 'few') + ' arguments for typing.'
                            + self._name + '; actual ' + str(len(params)) + ', expected ' + str(self._nparams))
        return _GenericAlias(self.__origin__, params, self._name)


class _SpecialForm(_Final):
    """`Any`, `Union`, `Optional`, `ClassVar`, `Final`, `Literal`..."""

    __slots__ = ('_name', '_getitem')

    def __init__(self, name, getitem):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(repr(self) + ' is not subscriptable')
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        if self._name == 'Any':
            raise TypeError('Any cannot be instantiated')
        raise TypeError('Cannot instantiate ' + repr(self))


def _union(form, params):
    if params == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        if p is None:
            p = type(None)
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            items = p.__args__
        else:
            items = (p,)
        for i in items:
            if i not in flat:
                flat.append(i)
    if len(flat) == 1:
        return flat[0]
    if len(flat) == 2 and type(None) in flat:
        alias = _GenericAlias(Union, tuple(flat), 'Union')
        if flat[1] is type(None):
            alias._name = 'Optional'
        return alias
    return _GenericAlias(Union, tuple(flat), 'Union')


def _optional(form, param):
    return _union(Union, (param, None))


def _one(form, param):
    if isinstance(param, tuple):
        raise TypeError(repr(form) + ' accepts only single type.')
    return _GenericAlias(form, (param,), form._name)


def _literal(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _GenericAlias(form, params, 'Literal')


def _annotated(form, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments (a type and an annotation).')
    return _GenericAlias(form, params, 'Annotated')


Any = _SpecialForm('Any', None)
NoReturn = _SpecialForm('NoReturn', None)
Never = _SpecialForm('Never', None)
Self = _SpecialForm('Self', None)
LiteralString = _SpecialForm('LiteralString', None)
TypeAlias = _SpecialForm('TypeAlias', None)
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
ClassVar = _SpecialForm('ClassVar', _one)
Final = _SpecialForm('Final', _one)
Literal = _SpecialForm('Literal', _literal)
Annotated = _SpecialForm('Annotated', _annotated)


class TypeVar(_Final):
    """A type variable: prints as ~T (+T covariant, -T contravariant)."""

    __slots__ = ('__name__', '__bound__', '__constraints__', '__covariant__', '__contravariant__')

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__bound__ = bound
        self.__constraints__ = constraints
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)
Text = str


class Generic:
    """Base of user generic classes: `class Stack(Generic[T])`. glasspy's
    classes take no alias as a base, so `Generic[T]` is Generic itself."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    """Base of structural types; nothing is checked."""

    __slots__ = ()


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    """Returns `val` unchanged (a note to a type checker)."""
    return val


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @overload-decorated functions '
        'outside a stub module should always be followed by an implementation that is not @overload-ed.')


def overload(func):
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def assert_type(val, typ):
    return val


def reveal_type(obj):
    return obj


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _SpecialGeneric)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        if tp._name == 'Callable' and not (len(tp.__args__) == 2 and tp.__args__[0] is ...):
            return (list(tp.__args__[:-1]), tp.__args__[-1])
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (its bases' too) or a module; strings are
    evaluated in the defining module's namespace when one is given."""
    hints = {}
    classes = list(reversed(obj.__mro__)) if isinstance(obj, type) else [obj]
    for c in classes:
        ann = getattr(c, '__annotations__', None)
        if not isinstance(ann, dict):
            continue
        for name, value in ann.items():
            if value is None:
                value = type(None)
            if isinstance(value, str) and globalns is not None:
                value = eval(value, globalns, localns)
            hints[name] = value
    return hints


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def NamedTuple(typename, fields=None, **kwargs):
    """The functional form: NamedTuple('P', [('x', int), ('y', int)])."""
    if fields is None:
        fields = list(kwargs.items())
    names = [n for n, t in fields]
    cls = _collections.namedtuple(typename, names)
    cls.__annotations__ = dict(fields)
    return cls


List = _SpecialGeneric(list, 'List', 1)
Dict = _SpecialGeneric(dict, 'Dict', 2)
Set = _SpecialGeneric(set, 'Set', 1)
FrozenSet = _SpecialGeneric(set, 'FrozenSet', 1)
Tuple = _SpecialGeneric(tuple, 'Tuple', -1)
Type = _SpecialGeneric(type, 'Type', 1)
Callable = _SpecialGeneric(object, 'Callable', 2)
Iterable = _SpecialGeneric(object, 'Iterable', 1)
Iterator = _SpecialGeneric(object, 'Iterator', 1)
Reversible = _SpecialGeneric(object, 'Reversible', 1)
Generator = _SpecialGeneric(object, 'Generator', 3)
Sequence = _SpecialGeneric(object, 'Sequence', 1)
MutableSequence = _SpecialGeneric(list, 'MutableSequence', 1)
Mapping = _SpecialGeneric(dict, 'Mapping', 2)
MutableMapping = _SpecialGeneric(dict, 'MutableMapping', 2)
AbstractSet = _SpecialGeneric(set, 'AbstractSet', 1)
MutableSet = _SpecialGeneric(set, 'MutableSet', 1)
Collection = _SpecialGeneric(object, 'Collection', 1)
Container = _SpecialGeneric(object, 'Container', 1)
Hashable = _SpecialGeneric(object, 'Hashable', 0)
Sized = _SpecialGeneric(object, 'Sized', 0)
KeysView = _SpecialGeneric(object, 'KeysView', 1)
ValuesView = _SpecialGeneric(object, 'ValuesView', 1)
ItemsView = _SpecialGeneric(object, 'ItemsView', 2)
Awaitable = _SpecialGeneric(object, 'Awaitable', 1)
Coroutine = _SpecialGeneric(object, 'Coroutine', 3)
AsyncIterable = _SpecialGeneric(object, 'AsyncIterable', 1)
AsyncIterator = _SpecialGeneric(object, 'AsyncIterator', 1)
Deque = _SpecialGeneric(_collections.deque, 'Deque', 1)
DefaultDict = _SpecialGeneric(_collections.defaultdict, 'DefaultDict', 2)
OrderedDict = _SpecialGeneric(_collections.OrderedDict, 'OrderedDict', 2)
Counter = _SpecialGeneric(_collections.Counter, 'Counter', 1)
ChainMap = _SpecialGeneric(_collections.ChainMap, 'ChainMap', 2)
