"""Container datatypes: glasspy's own collections, written in Python.

deque keeps CPython's block arithmetic (64-item blocks, the first item
placed at the centre of the first block) so that sys.getsizeof follows
CPython's block growth; the mappings (defaultdict, OrderedDict, Counter,
ChainMap) keep their items in a dict of their own; a namedtuple's
instance keeps its items in a tuple."""

import itertools as _itertools

_BLOCKLEN = 64
_CENTER = (_BLOCKLEN - 1) // 2
# CPython's dequeobject without its blocks, and one block (64 items and
# the two links).
_DEQUE_BASIC = 216
_BLOCK_SIZE = 8 * _BLOCKLEN + 16


def _repr_items(items):
    return ', '.join([repr(x) for x in items])


class deque:
    """deque([iterable[, maxlen]]): a double-ended queue."""
    __slots__ = ('_items', '_maxlen', '_left', '_right', '_state')
    __hash__ = None

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if type(maxlen) is not int:
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = []
        self._recenter()
        self._state = 0
        self.extend(iterable)

    # The index arithmetic of CPython's blocks: _left is the index of the
    # first item in the leftmost block, _right of the last in the rightmost.
    def _recenter(self):
        self._left = _CENTER + 1
        self._right = _CENTER

    def _grow_right(self):
        if self._right == _BLOCKLEN - 1:
            self._right = -1
        self._right += 1

    def _grow_left(self):
        if self._left == 0:
            self._left = _BLOCKLEN
        self._left -= 1

    def _shrink_right(self):
        self._right -= 1
        if self._right < 0:
            if self._items:
                self._right = _BLOCKLEN - 1
            else:
                self._recenter()

    def _shrink_left(self):
        self._left += 1
        if self._left == _BLOCKLEN:
            if self._items:
                self._left = 0
            else:
                self._recenter()

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        if self._maxlen == 0:
            return
        self._items.append(x)
        self._grow_right()
        if self._maxlen is not None and len(self._items) > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._maxlen == 0:
            return
        self._items.insert(0, x)
        self._grow_left()
        if self._maxlen is not None and len(self._items) > self._maxlen:
            self.pop()

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._items:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = self._items.pop()
        self._shrink_right()
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._items:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = self._items.pop(0)
        self._shrink_left()
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is
        negative, rotates left."""
        size = len(self._items)
        if size <= 1:
            return
        half = size >> 1
        if n > half or n < -half:
            n %= size
            if n > half:
                n -= size
            elif n < -half:
                n += size
        while n > 0:
            self.appendleft(self.pop())
            n -= 1
        while n < 0:
            self.append(self.popleft())
            n += 1

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._items = []
        self._recenter()

    def copy(self):
        """Return a shallow copy of a deque."""
        return deque(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        return self._items.count(value)

    def index(self, value, start=0, stop=_itertools._maxsize):
        """Return first index of value."""
        n = len(self._items)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop += n
        for i in range(start, min(stop, n)):
            if self._items[i] == value:
                return i
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value):
        """Insert value before index."""
        n = len(self._items)
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        if index >= n:
            return self.append(value)
        if index <= -n or index == 0:
            return self.appendleft(value)
        self.rotate(-index)
        if index < 0:
            self.append(value)
        else:
            self.appendleft(value)
        self.rotate(index)

    def _del_item(self, i):
        self.rotate(-i)
        x = self.popleft()
        self.rotate(i)
        return x

    def remove(self, value):
        """Remove first occurrence of value."""
        for i in range(len(self._items)):
            if self._items[i] == value:
                self._del_item(i)
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        """Reverse *IN PLACE*"""
        self._state += 1
        self._items.reverse()

    def _index(self, i):
        if type(i) is not int and type(i) is not bool:
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        n = len(self._items)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, v):
        self._items[self._index(i)] = v

    def __delitem__(self, i):
        self._del_item(self._index(i))

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return len(self._items) != 0

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return _deque_iterator(self)

    def __reversed__(self):
        return _deque_reverse_iterator(self)

    def __eq__(self, other):
        if type(other) is not deque:
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if type(other) is not deque:
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if type(other) is not deque:
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if type(other) is not deque:
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if type(other) is not deque:
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if type(other) is not deque:
            return NotImplemented
        return self._items >= other._items

    def __add__(self, other):
        if type(other) is not deque:
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        d = deque(self, self._maxlen)
        d.extend(other)
        return d

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        d = deque(self, self._maxlen)
        d *= n
        return d

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self._items)
        if n <= 0:
            self.clear()
            return self
        for i in range(n - 1):
            self.extend(items)
        return self

    def __repr__(self):
        if self._maxlen is None:
            return 'deque([%s])' % _repr_items(self._items)
        return 'deque([%s], maxlen=%d)' % (_repr_items(self._items), self._maxlen)

    def __sizeof__(self):
        blocks = (self._left + len(self._items) + _BLOCKLEN - 1) // _BLOCKLEN
        return _DEQUE_BASIC + blocks * _BLOCK_SIZE


class _deque_iterator:
    __slots__ = ('_deque', '_index', '_state', '_counter')

    def __init__(self, d):
        self._deque = d
        self._index = 0
        self._state = d._state
        self._counter = len(d._items)

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            self._counter = 0
            raise RuntimeError('deque mutated during iteration')
        if self._counter == 0:
            raise StopIteration
        self._counter -= 1
        x = d._items[self._index]
        self._index += 1
        return x

    def __length_hint__(self):
        return self._counter


class _deque_reverse_iterator(_deque_iterator):
    __slots__ = ()

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            self._counter = 0
            raise RuntimeError('deque mutated during iteration')
        if self._counter == 0:
            raise StopIteration
        self._counter -= 1
        self._index -= 1
        return d._items[self._index]


_deque_iterator.__module__ = '_collections'
_deque_reverse_iterator.__module__ = '_collections'


class _mapping:
    # A mapping keeping its items in a dict of its own (`_data`): what
    # defaultdict, OrderedDict and Counter share.
    __slots__ = ('_data',)
    __hash__ = None

    def __getitem__(self, key):
        d = self._data
        if key in d:
            return d[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __bool__(self):
        return len(self._data) != 0

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def setdefault(self, key, default=None):
        return self._data.setdefault(key, default)

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def popitem(self):
        return self._data.popitem()

    def clear(self):
        self._data.clear()

    def update(self, other=(), **kwds):
        if isinstance(other, _mapping):
            other = other._data
        self._data.update(other, **kwds)

    def __eq__(self, other):
        if isinstance(other, _mapping):
            return self._data == other._data
        if type(other) is dict:
            return self._data == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __or__(self, other):
        new = self.copy()
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class defaultdict(_mapping):
    """defaultdict(default_factory=None, /, [...]): a dict that calls
    default_factory for a missing key and stores the result."""
    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        self._data = dict(*args, **kwds)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._data[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self._data)

    __copy__ = copy

    def __repr__(self):
        f = self.default_factory
        return 'defaultdict(%s, %r)' % ('None' if f is None else repr(f), self._data)


class OrderedDict(_mapping):
    """A dict that remembers insertion order and can reorder it."""
    __slots__ = ()

    def __init__(self, *args, **kwds):
        self._data = dict(*args, **kwds)

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        d = self._data
        value = d.pop(key)
        if last:
            d[key] = value
        else:
            rest = list(d.items())
            d.clear()
            d[key] = value
            d.update(rest)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary, LIFO
        order if last is true or FIFO order if false."""
        d = self._data
        if not d:
            raise KeyError('dictionary is empty')
        if last:
            return d.popitem()
        key = next(iter(d))
        return (key, d.pop(key))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._data.items()) == list(other._data.items())
        return _mapping.__eq__(self, other)

    def copy(self):
        return OrderedDict(self._data)

    __copy__ = copy

    def __repr__(self):
        if not self._data:
            return 'OrderedDict()'
        return 'OrderedDict(%r)' % (list(self._data.items()),)


class Counter(_mapping):
    """Counter(iterable or mapping): a dict of counts, missing keys 0."""
    __slots__ = ()

    def __init__(self, iterable=None, **kwds):
        self._data = {}
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self._data.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least (all of them when n is None)."""
        items = sorted(self._data.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:max(n, 0)]

    def elements(self):
        """An iterator over elements repeating each as many times as its count."""
        return _itertools.chain.from_iterable(_itertools.starmap(_itertools.repeat, self._data.items()))

    def update(self, iterable=None, **kwds):
        """Add counts from an iterable or a mapping."""
        d = self._data
        if iterable is not None:
            if isinstance(iterable, _mapping):
                iterable = iterable._data
            if type(iterable) is dict:
                for k, v in iterable.items():
                    d[k] = d.get(k, 0) + v
            else:
                for k in iterable:
                    d[k] = d.get(k, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        """Subtract counts from an iterable or a mapping."""
        d = self._data
        if iterable is not None:
            if isinstance(iterable, _mapping):
                iterable = iterable._data
            if type(iterable) is dict:
                for k, v in iterable.items():
                    d[k] = d.get(k, 0) - v
            else:
                for k in iterable:
                    d[k] = d.get(k, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return Counter(self)

    __copy__ = copy

    def __delitem__(self, key):
        if key in self._data:
            del self._data[key]

    def _keep_positive(self):
        for k in [k for k, v in self._data.items() if not v > 0]:
            del self._data[k]
        return self

    def _combine(self, other, op):
        # A new Counter of op(count here, count there) for every key of
        # either, keeping only the positive results.
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self._data.items():
            n = op(v, other[k])
            if n > 0:
                result[k] = n
        for k, v in other._data.items():
            if k not in self._data:
                n = op(0, v)
                if n > 0:
                    result[k] = n
        return result

    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        return self._combine(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        return self._combine(other, lambda a, b: a if a < b else b)

    def __pos__(self):
        return Counter()._add_kept(self, 1)

    def __neg__(self):
        return Counter()._add_kept(self, -1)

    def _add_kept(self, other, sign):
        for k, v in other._data.items():
            if sign * v > 0:
                self._data[k] = sign * v
        return self

    def __iadd__(self, other):
        for k, v in other._data.items():
            self._data[k] = self._data.get(k, 0) + v
        return self._keep_positive()

    def __isub__(self, other):
        for k, v in other._data.items():
            self._data[k] = self._data.get(k, 0) - v
        return self._keep_positive()

    def __repr__(self):
        if not self._data:
            return 'Counter()'
        return 'Counter({%s})' % ', '.join(['%r: %r' % kv for kv in self.most_common()])


class ChainMap:
    """ChainMap(*maps): one view of several mappings, searched in order;
    writes go to the first."""
    __hash__ = None

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def _keys(self):
        # Every key once, in the order of the last mapping first.
        d = {}
        for m in reversed(self.maps):
            for k in m:
                d[k] = None
        return d

    def __len__(self):
        return len(self._keys())

    def __iter__(self):
        return iter(self._keys())

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __bool__(self):
        for m in self.maps:
            if m:
                return True
        return False

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def pop(self, key, *default):
        try:
            return self.maps[0].pop(key, *default)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def clear(self):
        self.maps[0].clear()

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return ChainMap(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap from maps[1:]."""
        return ChainMap(*self.maps[1:])

    def copy(self):
        return ChainMap(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        if type(other) is not dict:
            return NotImplemented
        return dict(self.items()) == other

    def __repr__(self):
        return 'ChainMap(%s)' % ', '.join([repr(m) for m in self.maps])


def _namedtuple_field(index, doc):
    return property(lambda self: self._tuple[index], doc=doc)


_KEYWORDS = set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'])


def _quoted_names(names):
    # 'a', 'a' and 'b', 'a', 'b' and 'c': as CPython lists missing arguments.
    names = ["'%s'" % n for n in names]
    if len(names) == 1:
        return names[0]
    return ', '.join(names[:-1]) + ' and ' + names[-1]


def _namedtuple_values(typename, fields, defaults, args, kwds):
    # The items of a new namedtuple from its arguments, with the errors of
    # its class's __new__.
    where = typename + '.__new__()'
    nfields = len(fields)
    if len(args) > nfields:
        raise TypeError('%s takes %d positional arguments but %d were given' % (where, nfields + 1, len(args) + 1))
    for name in kwds:
        if name not in fields:
            raise TypeError("%s got an unexpected keyword argument '%s'" % (where, name))
        if fields.index(name) < len(args):
            raise TypeError("%s got multiple values for argument '%s'" % (where, name))
    values = list(args)
    missing = []
    for name in fields[len(args):]:
        if name in kwds:
            values.append(kwds[name])
        elif name in defaults:
            values.append(defaults[name])
        else:
            missing.append(name)
    if missing:
        raise TypeError('%s missing %d required positional argument%s: %s' % (
            where, len(missing), '' if len(missing) == 1 else 's', _quoted_names(missing)))
    return tuple(values)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """namedtuple(typename, field_names): a new class of tuples whose items
    are also named attributes."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(x) for x in field_names]
    typename = str(typename)
    seen = set()
    for i, name in enumerate(field_names):
        if rename and (not name.isidentifier() or name in _KEYWORDS or name.startswith('_') or name in seen):
            field_names[i] = name = '_%d' % i
        seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier() or name in _KEYWORDS:
            raise ValueError('Type names and field names must be valid identifiers: %r' % (name,))
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)
    fields = tuple(field_names)
    nfields = len(fields)
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError('Got more default values than field names')
    field_defaults = dict(zip(fields[nfields - len(defaults):], defaults)) if defaults else {}

    class cls(_namedtuple_base):
        __slots__ = ()
        _fields = fields
        _field_defaults = field_defaults

        def __init__(self, *args, **kwds):
            self._tuple = _namedtuple_values(typename, fields, field_defaults, args, kwds)

    for index, name in enumerate(fields):
        setattr(cls, name, _namedtuple_field(index, 'Alias for field number %d' % index))
    cls.__name__ = typename
    cls.__qualname__ = typename
    cls.__module__ = module if module is not None else '__main__'
    return cls


class _namedtuple_base:
    # What every namedtuple class shares: the items in a tuple, behaving as
    # that tuple (indexing, iteration, comparison, hashing).
    __slots__ = ('_tuple',)

    @classmethod
    def _make(cls, iterable):
        return cls(*iterable)

    def _asdict(self):
        return dict(zip(self._fields, self._tuple))

    def _replace(self, **kwds):
        values = [kwds.pop(name, v) for name, v in zip(self._fields, self._tuple)]
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return type(self)(*values)

    def __getnewargs__(self):
        return self._tuple

    def __getitem__(self, i):
        return self._tuple[i]

    def __len__(self):
        return len(self._tuple)

    def __iter__(self):
        return iter(self._tuple)

    def __contains__(self, x):
        return x in self._tuple

    def __hash__(self):
        return hash(self._tuple)

    def _other(self, other):
        if isinstance(other, _namedtuple_base):
            return other._tuple
        return other

    def __eq__(self, other):
        return self._tuple == self._other(other)

    def __ne__(self, other):
        return self._tuple != self._other(other)

    def __lt__(self, other):
        return self._tuple < self._other(other)

    def __le__(self, other):
        return self._tuple <= self._other(other)

    def __gt__(self, other):
        return self._tuple > self._other(other)

    def __ge__(self, other):
        return self._tuple >= self._other(other)

    def __add__(self, other):
        return self._tuple + self._other(other)

    def count(self, x):
        return self._tuple.count(x)

    def index(self, x):
        return self._tuple.index(x)

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join(['%s=%r' % kv for kv in zip(self._fields, self._tuple)]))

    def __sizeof__(self):
        # The instance is the tuple in CPython: a tuple's header and items.
        return 24 + 8 * len(self._tuple)
