"""Enumerations: glasspy's enum, written in Python.

A class statement over Enum runs its body in an _EnumDict (EnumType's
__prepare__), whose __setitem__ sees every store: a plain value (not a
descriptor, not a _sunder_ or __dunder__ name) becomes a member, auto()
asks _generate_next_value_ for its value, and a name defined twice is an
error. EnumType.__new__ then makes the class without the members and
makes each member once: an instance of the class (of its data type's
__new__ for IntEnum and the other mixins) carrying _name_ and _value_,
kept in _member_map_ (name -> member, aliases too), _member_names_ (the
canonical names, in definition order) and _value2member_map_ (value ->
member, what Color(1) looks up). Flags are members whose values are bits;
a value that combines several is a pseudo-member made on demand by
Flag._missing_ and then kept in _value2member_map_.

Where CPython differs: __members__ is a new dict (not a mappingproxy),
and name/value are plain properties of the members' class (a member
cannot be named `name` or `value`).
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag',
           'IntFlag', 'ReprEnum', 'auto', 'unique', 'FlagBoundary',
           'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'member', 'nonmember']

_FunctionType = type(lambda: None)


def _is_descriptor(obj):
    if isinstance(obj, (_FunctionType, classmethod, staticmethod, property)):
        return True
    t = type(obj)
    return hasattr(t, '__get__') or hasattr(t, '__set__') or hasattr(t, '__delete__')


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    prefix = '_%s__' % (cls_name,)
    return (len(name) > len(prefix) and name.startswith(prefix)
            and (name[-1] != '_' or name[-2] != '_'))


def _is_single_bit(value):
    return value > 0 and value & (value - 1) == 0


def _bits_lsb(value):
    """The single bits of a non-negative int, lowest first."""
    while value:
        low = value & -value
        yield low
        value ^= low


def _bin(num, max_bits=None):
    """`num` in binary as Flag's errors print it: a sign ('0b0' or '0b1')
    and the two's-complement digits, padded to max_bits."""
    if num >= 0:
        sign = '0b0'
        digits = format(num, 'b') if num else ''
    else:
        sign = '0b1'
        width = num.bit_length()
        digits = format(num & ((1 << width) - 1), 'b').zfill(width)
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """In a member's place: the value _generate_next_value_ gives."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces a value to be a member (even a function)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps a value out of the members (a plain class attribute)."""

    def __init__(self, value):
        self.value = value


class _EnumDict(dict):
    """The namespace of an enum's class body: tells members from the rest
    as the body stores them."""

    def __init__(self, cls_name, generate):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._generate_next_value = generate

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in ('_order_', '_generate_next_value_', '_numeric_repr_',
                           '_missing_', '_ignore_', '_iter_member_',
                           '_iter_member_by_value_', '_iter_member_by_def_'):
                raise ValueError('_sunder_ names, such as %r, are reserved for '
                                 'future Enum use' % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = getattr(value, '__func__', value)
            elif key == '_ignore_':
                names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                self._ignore = names
                already = set(names) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r'
                                     % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                value = self._auto_value(key, value)
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(self._auto_value(key, v) if isinstance(v, auto) else v
                              for v in value)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)

    def _auto_value(self, key, a):
        if a.value is _auto_null:
            a.value = self._generate_next_value(key, 1, len(self._member_names),
                                                self._last_values[:])
            self._auto_called = True
        return a.value


# Enum and Flag are None until their class statements below have run
# (EnumType.__new__ makes the first enum classes knowing that).
Enum = Flag = ReprEnum = None


def _enum_bases(bases):
    """The data type mixed in (object when none) and the last enum base."""
    if not bases:
        return object, Enum
    first_enum = bases[-1]
    if not isinstance(first_enum, EnumType):
        raise TypeError("new enumerations should be created as "
                        "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
    data_types = []
    for base in bases:
        for c in base.__mro__:
            if c is object:
                continue
            if isinstance(c, EnumType):
                if c._member_type_ is not object:
                    data_types.append(c._member_type_)
                    break
                continue
            data_types.append(c)
            break
    found = []
    for t in data_types:
        if t not in found:
            found.append(t)
    if len(found) > 1:
        raise TypeError('too many data types for %r: %r' % (bases, found))
    return (found[0] if found else object), first_enum


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        first_enum = bases[-1] if bases else None
        generate = getattr(first_enum, '_generate_next_value_', None)
        return _EnumDict(cls, generate)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (cls, base))
        member_type, first_enum = _enum_bases(bases)
        names = list(getattr(classdict, '_member_names', ()))
        ns = {k: v for k, v in classdict.items() if k not in names}
        values = {k: classdict[k] for k in names}
        # How members are made: the class's own __new__, else the enum
        # base's (when it takes the value), else the data type's.
        # (Enum's own __new__ is the lookup by value every enum gets.)
        new_member = ns.pop('__new__', None) if Enum is not None else None
        use_args = True
        if '_generate_next_value_' in ns:
            ns['_generate_next_value_'] = staticmethod(ns['_generate_next_value_'])
        if new_member is None:
            if getattr(first_enum, '_use_args_', False):
                new_member = first_enum._new_member_
            elif member_type is object:
                new_member, use_args = object.__new__, False
            else:
                new_member = member_type.__new__
        ns['_new_member_'] = new_member
        ns['_use_args_'] = use_args
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_member_type_'] = member_type
        is_flag = Flag is not None and any(issubclass(b, Flag) for b in bases)
        if is_flag or (Flag is None and Enum is not None):
            if boundary is None:
                boundary = getattr(first_enum, '_boundary_', None)
            ns['_boundary_'] = boundary
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        if Enum is not None:
            enum_class.__new__ = Enum.__new__
            if member_type is not object:
                enum_class.__hash__ = Enum._value_hash
                if ReprEnum is not None and issubclass(enum_class, ReprEnum):
                    if '__str__' not in ns:
                        enum_class.__str__ = ReprEnum._data_str
                    if '__format__' not in ns:
                        enum_class.__format__ = ReprEnum._data_format
        for order, name in enumerate(names):
            metacls._add_member(enum_class, name, values[name], order, is_flag)
        if is_flag:
            metacls._finish_flag(enum_class)
        return enum_class

    @staticmethod
    def _add_member(enum_class, name, value, order, is_flag):
        args = value if isinstance(value, tuple) else (value,)
        if enum_class._member_type_ is tuple:
            args = (args,)
        if enum_class._use_args_:
            m = enum_class._new_member_(enum_class, *args)
        else:
            m = enum_class._new_member_(enum_class)
        if not hasattr(m, '_value_'):
            if enum_class._member_type_ is object:
                m._value_ = value
            else:
                m._value_ = enum_class._member_type_(*args)
        value = m._value_
        m._name_ = name
        m.__objclass__ = enum_class
        m.__init__(*args)
        m._sort_order_ = order
        canonical = True
        for other in enum_class._member_map_.values():
            if other._value_ == value:
                m = other
                canonical = False
                break
        if canonical and is_flag and not _is_single_bit(value):
            canonical = False
        setattr(enum_class, name, m)
        if canonical:
            enum_class._member_names_.append(name)
        enum_class._member_map_[name] = m
        try:
            enum_class._value2member_map_.setdefault(value, m)
        except TypeError:
            pass

    @staticmethod
    def _finish_flag(enum_class):
        flag_mask = singles = 0
        for m in enum_class._member_map_.values():
            flag_mask |= m._value_
            if _is_single_bit(m._value_):
                singles |= m._value_
        enum_class._flag_mask_ = flag_mask
        enum_class._singles_mask_ = singles
        enum_class._all_bits_ = 2 ** flag_mask.bit_length() - 1
        values = [enum_class._member_map_[n]._value_ for n in enum_class._member_names_]
        if values != sorted(values):
            enum_class._iter_member_ = enum_class._iter_member_by_def_

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            if not cls._member_map_:
                raise TypeError("%r has no members defined" % (cls,))
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """The functional API: Enum('Name', 'A B C') and its variants."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        items = names.items() if isinstance(names, dict) else names
        for item in items:
            if isinstance(item, str):
                classdict[item] = names[item]
            else:
                classdict[item[0]] = item[1]
        if module is None:
            try:
                import sys
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __getattr__(cls, name):
        # only reached for a name the class does not have
        if _is_dunder(name) or _is_sunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __setattr__(cls, name, value):
        if name in getattr(cls, '_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (name,))
        object.__setattr__(cls, name, value)

    def __delattr__(cls, name):
        if name in getattr(cls, '_member_map_', ()):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, name))
        object.__delattr__(cls, name)

    @property
    def __members__(cls):
        """Every member by name, aliases included (a new dict)."""
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """The base of enumerations: `class Color(Enum): RED = 1`."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT:
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None '
                            'or a valid member' % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """The value auto() gives: one more than the largest so far."""
        if not last_values:
            return start
        try:
            return sorted(last_values)[-1] + 1
        except TypeError:
            for v in reversed(last_values):
                try:
                    return v + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def _value_hash(self):
        return hash(self._value_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """Only the repr() is the enum's: str() and format() are the data
    type's (IntEnum, StrEnum, IntFlag)."""

    def _data_str(self):
        return str(self._value_)

    def _data_format(self, format_spec):
        return format(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    """Members are also ints."""


class StrEnum(str, ReprEnum):
    """Members are also strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        m = str.__new__(cls, value)
        m._value_ = value
        return m

    def _generate_next_value_(name, start, count, last_values):
        """The value auto() gives: the member's name in lower case."""
        return name.lower()


def unique(enumeration):
    """A class decorator: refuses an enumeration with aliases."""
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items()
                  if name != m.name]
    if duplicates:
        details = ', '.join("%s -> %s" % pair for pair in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


class FlagBoundary(StrEnum):
    """What a Flag does with a value holding bits of no member: STRICT
    raises (Flag's default), CONFORM drops them, EJECT returns a plain
    int, KEEP keeps them (IntFlag's default)."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Members are bits that combine with |, & and ^."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """The value auto() gives: the next bit above the largest value."""
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high = last.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last) from None
        return 2 ** (high + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """The pseudo-member of a combination of members' bits."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles = cls._singles_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _bin(value, width), _bin(flag_mask, width)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles
        member_value = value & singles
        if unknown and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if member_value or aliases:
            members = []
            combined = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined |= m._value_
            if aliases:
                value = member_value | aliases
                for m in cls._member_map_.values():
                    if m not in members and m._value_ and m._value_ & value == m._value_:
                        members.append(m)
                        combined |= m._value_
            unknown = value ^ combined
            pseudo._name_ = '|'.join([m._name_ for m in members])
            if not combined:
                pseudo._name_ = None
            elif unknown and boundary is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        name = self.__class__.__name__
        if self._name_ is None:
            return "<%s: %r>" % (name, self._value_)
        return "<%s.%s: %r>" % (name, self._name_, self._value_)

    def __str__(self):
        name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (name, self._value_)
        return "%s.%s" % (name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    def __invert__(self):
        inverted = getattr(self, '_inverted_', None)
        if inverted is None:
            if self._boundary_ in (EJECT, KEEP):
                inverted = self.__class__(~self._value_)
            else:
                inverted = self.__class__(self._singles_mask_ & ~self._value_)
            self._inverted_ = inverted
        return inverted

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flags that are also ints."""
