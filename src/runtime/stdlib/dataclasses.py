"""Data classes: glasspy's dataclasses, written in Python.

@dataclass reads the class's own __annotations__ (in order, after the
fields of its dataclass bases) into Field objects, then adds the methods
the flags ask for. __init__, __repr__, __eq__, the orderings, __hash__
and a frozen class's __setattr__/__delattr__ are written out as source
text for these fields and compiled with exec(), as CPython does, so each
is an ordinary function whose signature and errors are a hand-written
one's: `P.__init__() missing 1 required positional argument: 'y'`.
The defaults live in the namespace those functions were made in (the
function's globals), a default_factory is called once per instance.
"""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Assigning to or deleting a field of a frozen dataclass instance."""


class _MISSING_TYPE:
    pass


# No default: a field without one.
MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


# What __init__'s default is for a field with a default_factory.
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    pass


# The type of a pseudo-field `_: KW_ONLY`: the fields after it are
# keyword-only.
KW_ONLY = _KW_ONLY_TYPE()


class _FieldKind:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """`x: InitVar[int]`: an argument of __init__ passed on to
    __post_init__, not a field."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """What a dataclass knows of one field (dataclasses.fields())."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        # a default that is a descriptor gets its own __set_name__
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """A field's options, in a class body: `x: list = field(default_factory=list)`."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


def _tuple_str(obj_name, fields):
    """Source text of a tuple of the fields of `obj_name`."""
    if not fields:
        return '()'
    return f'({",".join([f"{obj_name}.{f.name}" for f in fields])},)'


def _create_fn(name, args, body, *, globals=None, locals=None):
    """A function `name(args)` with these body lines, made by exec() in a
    namespace holding `locals` (the defaults, the class...)."""
    if locals is None:
        locals = {}
    body_text = '\n'.join(f'  {b}' for b in body)
    params = ', '.join(locals.keys())
    txt = (f'def __create_fn__({params}):\n'
           f' def {name}({", ".join(args)}):\n{body_text}\n'
           f' return {name}')
    ns = {}
    exec(txt, globals, ns)
    return ns['__create_fn__'](**locals)


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})'
    return f'{self_name}.{name}={value}'


def _field_init(f, frozen, locals, self_name, slots):
    default_name = f'__dataclass_dflt_{f.name}__'
    if f.default_factory is not MISSING:
        if f.init:
            locals[default_name] = f.default_factory
            value = (f'{default_name}() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ '
                     f'else {f.name}')
        else:
            locals[default_name] = f.default_factory
            value = f'{default_name}()'
    elif f.init:
        if f.default is not MISSING:
            locals[default_name] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        locals[default_name] = f.default
        value = default_name
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        return f.name
    if f.default is not MISSING:
        return f'{f.name}=__dataclass_dflt_{f.name}__'
    return f'{f.name}=__dataclass_HAS_DEFAULT_FACTORY__'


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init,
             self_name, globals, slots):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
    locals = {'__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
              '__dataclass_builtins_object__': object}
    lines = []
    for f in fields:
        line = _field_init(f, frozen, locals, self_name, slots)
        if line:
            lines.append(line)
    if has_post_init:
        params = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        lines.append(f'{self_name}.{_POST_INIT_NAME}({params})')
    if not lines:
        lines = ['pass']
    args = [self_name] + [_init_param(f) for f in std_fields]
    if kw_only_fields:
        args += ['*'] + [_init_param(f) for f in kw_only_fields]
    return _create_fn('__init__', args, lines, locals=locals, globals=globals)


def _repr_fn(fields, globals):
    parts = ', '.join(f"{f.name}={{self.{f.name}!r}}" for f in fields)
    body = ['key = id(self)',
            'if key in __dataclass_repr_running__:',
            "  return '...'",
            '__dataclass_repr_running__.add(key)',
            'try:',
            f'  return f"{{self.__class__.__qualname__}}({parts})"',
            'finally:',
            '  __dataclass_repr_running__.discard(key)']
    return _create_fn('__repr__', ('self',), body,
                      locals={'__dataclass_repr_running__': set()}, globals=globals)


def _frozen_fns(cls, fields, globals):
    locals = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    names = _tuple_str_names(fields)
    condition = 'type(self) is cls'
    if fields:
        condition += ' or name in ' + names
    setattr_fn = _create_fn('__setattr__', ('self', 'name', 'value'),
                            [f'if {condition}:',
                             ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                             'super(cls, self).__setattr__(name, value)'],
                            locals=locals, globals=globals)
    delattr_fn = _create_fn('__delattr__', ('self', 'name'),
                            [f'if {condition}:',
                             ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                             'super(cls, self).__delattr__(name)'],
                            locals=locals, globals=globals)
    return setattr_fn, delattr_fn


def _tuple_str_names(fields):
    return '(' + ''.join(f'{f.name!r},' for f in fields) + ')'


def _cmp_fn(name, op, self_tuple, other_tuple, globals):
    return _create_fn(name, ('self', 'other'),
                      ['if other.__class__ is self.__class__:',
                       f' return {self_tuple}{op}{other_tuple}',
                       'return NotImplemented'],
                      globals=globals)


def _hash_fn(fields, globals):
    return _create_fn('__hash__', ('self',),
                      [f'return hash({_tuple_str("self", fields)})'],
                      globals=globals)


def _is_classvar(a_type):
    import sys
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    return (a_type is typing.ClassVar
            or getattr(a_type, '__origin__', None) is typing.ClassVar)


def _is_initvar(a_type):
    return a_type is InitVar or type(a_type) is InitVar


def _string_kind(annotation):
    """For a string annotation (`from __future__ import annotations`):
    ClassVar or InitVar by its text."""
    head = annotation.split('[', 1)[0].strip()
    module, _, name = head.rpartition('.')
    if name == 'ClassVar' and module in ('', 'typing', 't'):
        return _FIELD_CLASSVAR
    if name == 'InitVar' and module in ('', 'dataclasses', 'dc'):
        return _FIELD_INITVAR
    return None


def _is_kw_only(a_type):
    return a_type is KW_ONLY or (isinstance(a_type, str)
                                 and a_type.rpartition('.')[2] == 'KW_ONLY')


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if isinstance(a_type, str):
        kind = _string_kind(a_type)
        if kind is not None:
            f._field_type = kind
    elif _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and _is_unhashable_default(f.default):
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _is_unhashable_default(value):
    t = type(value)
    return t in (list, dict, set) or getattr(t, '__hash__', 0) is None


def _set_new_attribute(cls, name, value):
    """Adds a method unless the class defines one itself; True if it did."""
    if name in cls.__dict__:
        return True
    if hasattr(value, '__qualname__'):
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    setattr(cls, name, value)
    return False


def _hash_action(cls, fields, globals, unsafe_hash, eq, frozen, has_explicit_hash):
    """What __hash__ becomes (CPython's table of the four flags)."""
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        return _hash_fn(fields, globals)
    if eq and frozen and not has_explicit_hash:
        return _hash_fn(fields, globals)
    if eq and not frozen and not has_explicit_hash:
        return None
    return MISSING


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots):
    fields = {}
    import sys
    module = sys.modules.get(cls.__module__)
    globals = module.__dict__ if module is not None else {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    all_frozen_bases = None
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if all_frozen_bases is None:
                all_frozen_bases = True
            frozen_base = getattr(b, _PARAMS).frozen
            all_frozen_bases = all_frozen_bases and frozen_base
            any_frozen_base = any_frozen_base or frozen_base

    own = cls.__dict__
    annotations = own.get('__annotations__', {})
    cls_fields = []
    kw_only_now = kw_only
    kw_only_seen = False
    for name, a_type in annotations.items():
        if _is_kw_only(a_type):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            kw_only_seen = kw_only_now = True
            continue
        cls_fields.append(_get_field(cls, name, a_type, kw_only_now))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(own.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in own.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)
    class_hash = own.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in own))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init, kw_init = _fields_in_init_order(all_init_fields)
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _init_fn(all_init_fields, std_init, kw_init, frozen,
                                    has_post_init,
                                    '__dataclass_self__' if 'self' in fields else 'self',
                                    globals, slots))
    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn([f for f in field_list if f.repr], globals))
    if eq:
        cmp_fields = [f for f in field_list if f.compare]
        _set_new_attribute(cls, '__eq__',
                           _cmp_fn('__eq__', '==', _tuple_str('self', cmp_fields),
                                   _tuple_str('other', cmp_fields), globals))
    if order:
        cmp_fields = [f for f in field_list if f.compare]
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name,
                                  _cmp_fn(name, op, _tuple_str('self', cmp_fields),
                                          _tuple_str('other', cmp_fields), globals)):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using functools.total_ordering')
    if frozen:
        for fn in _frozen_fns(cls, field_list, globals):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} in class {cls.__name__}')
    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    action = _hash_action(cls, hash_fields, globals, unsafe_hash, eq, frozen, has_explicit_hash)
    if action is not MISSING:
        if action is not None:
            action.__qualname__ = f"{cls.__qualname__}.__hash__"
        cls.__hash__ = action
    if not own.get('__doc__'):
        cls.__doc__ = cls.__name__ + _signature_text(std_init, kw_init)
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init))
    if slots:
        cls = _add_slots(cls, frozen)
    return cls


def _annotation_text(a):
    if isinstance(a, type):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return f'{a.__module__}.{a.__qualname__}'
    if isinstance(a, str):
        return a
    return repr(a).replace('typing.', '')


def _signature_text(std, kw):
    """`(x: int, y: int = 0)`, as str(inspect.signature(cls)) prints it."""
    def param(f):
        text = f'{f.name}: {_annotation_text(f.type)}'
        if f.default is not MISSING:
            text += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        return text
    parts = [param(f) for f in std]
    if kw:
        parts += ['*'] + [param(f) for f in kw]
    return '(' + ', '.join(parts) + ')'


def _add_slots(cls, is_frozen):
    """The class made again with __slots__ for its fields (a class's
    slots cannot be added after it is made)."""
    cls_dict = dict(cls.__dict__)
    names = tuple(f.name for f in getattr(cls, _FIELDS).values() if f._field_type is _FIELD)
    if '__slots__' in cls_dict:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict['__slots__'] = names
    for name in names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        # the frozen methods compare with the class they were made for
        for fn in _frozen_fns(new_cls, [f for f in getattr(new_cls, _FIELDS).values()
                                        if f._field_type is _FIELD], {}):
            fn.__qualname__ = f"{new_cls.__qualname__}.{fn.__name__}"
            setattr(new_cls, fn.__name__, fn)
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False):
    """Adds __init__, __repr__, __eq__ (and, as asked, orderings, __hash__,
    frozenness, __slots__) to a class from its annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields of a dataclass or instance (not ClassVars nor InitVars)."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Is obj a dataclass or an instance of one?"""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The instance as a dict of its fields, recursively (containers and
    nested dataclasses copied, other values deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, lambda inst, conv: dict_factory(
        [(f.name, conv(getattr(inst, f.name))) for f in fields(inst)]))


def astuple(obj, *, tuple_factory=tuple):
    """The instance as a tuple of its fields, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, lambda inst, conv: tuple_factory(
        [conv(getattr(inst, f.name)) for f in fields(inst)]))


def _convert(obj, of_instance):
    """obj copied, each dataclass instance in it (through lists, tuples,
    named tuples and dicts) replaced by of_instance(instance, convert)."""
    def convert(obj):
        if _is_dataclass_instance(obj):
            return of_instance(obj, convert)
        if isinstance(obj, tuple) and hasattr(obj, '_fields'):
            return type(obj)(*[convert(v) for v in obj])
        if isinstance(obj, (list, tuple)):
            return type(obj)(convert(v) for v in obj)
        if isinstance(obj, dict):
            return type(obj)((convert(k), convert(v)) for k, v in obj.items())
        return _deepcopy(obj)
    return convert(obj)


def _deepcopy(obj):
    # immutable atoms need no copy (and no import of copy)
    if obj is None or type(obj) in (int, float, str, bool, bytes, complex):
        return obj
    import copy
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance like obj with these fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   module=None):
    """A new dataclass named cls_name with these fields: names, (name,
    type) or (name, type, Field) items."""
    ns = dict(namespace) if namespace is not None else {}
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            ns[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    ns['__annotations__'] = annotations
    if module is None:
        try:
            import sys
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    ns['__module__'] = module
    cls = type(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots)
