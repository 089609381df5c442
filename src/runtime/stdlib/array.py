"""Arrays of numbers of one C type: glasspy's array module, written in Python.

An array keeps CPython's buffer arithmetic: `allocated` items of
`itemsize` bytes, grown by arraymodule.c's rule (to n + n/16 + 3, or + 7
once it holds 8 items or more; shrunk only when 16 or more would be left
over), so sys.getsizeof(a) is CPython's: 64 bytes of array object, the
buffer, and the GC header. The values themselves are kept as Python ints
(or floats, or 1-character strs) in a list beside that arithmetic; each is
range-checked and converted as the C type would store it ('f' rounds to
single precision), with CPython's errors. What glasspy's heap shows of an
array is therefore that list, not one buffer of bytes: getsizeof and
:heap differ there.
"""

from math import frexp as _frexp, ldexp as _ldexp, isinf as _isinf, isnan as _isnan

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
             'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_SIGNED = {'b': True, 'B': False, 'h': True, 'H': False, 'i': True, 'I': False,
           'l': True, 'L': False, 'q': True, 'Q': False}
_LONG_MIN = -2 ** 63
_LONG_MAX = 2 ** 63 - 1
# the size of CPython's arrayobject, without its GC header
_BASIC_SIZE = 64


def _as_index(v):
    if isinstance(v, int):
        return int(v)
    f = getattr(type(v), '__index__', None)
    if f is None:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return f(v)


def _c_long(v):
    if not _LONG_MIN <= v <= _LONG_MAX:
        raise OverflowError('Python int too large to convert to C long')
    return v


def _range(v, lo, hi, name):
    if v < lo:
        raise OverflowError(name + ' is less than minimum')
    if v > hi:
        raise OverflowError(name + ' is greater than maximum')
    return v


def _unsigned(v):
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v > 2 ** 64 - 1:
        raise OverflowError('Python int too large to convert to C unsigned long')
    return v


def _float32(x):
    """x rounded to the nearest single-precision value, as a C float keeps it."""
    if x == 0.0 or _isinf(x) or _isnan(x):
        return x
    m, e = _frexp(x)
    if e < -125:
        # subnormal: a multiple of 2**-149
        r = round(x * 2.0 ** 149) * 2.0 ** -149
    else:
        r = _ldexp(round(m * 2.0 ** 24), e - 24)
    if abs(r) >= 2.0 ** 128:
        return float('inf') if r > 0 else float('-inf')
    return r


def _convert(tc, v):
    """v as an item of typecode tc stores it (CPython's checks and errors)."""
    if tc == 'f' or tc == 'd':
        if isinstance(v, float):
            f = v
        elif isinstance(v, int):
            f = float(v)
        elif hasattr(type(v), '__float__'):
            f = float(v)
        else:
            raise TypeError(f'must be real number, not {type(v).__name__}')
        return _float32(f) if tc == 'f' else f
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    v = _as_index(v)
    if tc == 'b':
        _range(_c_long(v), -32768, 32767, 'signed short integer')
        return _range(v, -128, 127, 'signed char')
    if tc == 'B':
        return _range(_c_long(v), 0, 255, 'unsigned byte integer')
    if tc == 'h':
        return _range(_c_long(v), -32768, 32767, 'signed short integer')
    if tc == 'H':
        _range(_c_long(v), -2 ** 31, 2 ** 31 - 1, 'signed integer')
        return _range(v, 0, 65535, 'unsigned short')
    if tc == 'i':
        return _range(_c_long(v), -2 ** 31, 2 ** 31 - 1, 'signed integer')
    if tc == 'I':
        _unsigned(v)
        return _range(v, 0, 2 ** 32 - 1, 'unsigned int')
    if tc == 'l':
        return _c_long(v)
    if tc == 'L':
        return _unsigned(v)
    if tc == 'q':
        if not _LONG_MIN <= v <= _LONG_MAX:
            raise OverflowError('int too big to convert')
        return v
    # 'Q'
    if v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if v > 2 ** 64 - 1:
        raise OverflowError('int too big to convert')
    return v


def _float_bits(x, exp_bits, man_bits):
    """The IEEE 754 bit pattern of x (already representable) as an int."""
    bias = (1 << (exp_bits - 1)) - 1
    sign = 1 if (x < 0 or (x == 0.0 and str(x)[0] == '-')) else 0
    if _isnan(x):
        return (sign << (exp_bits + man_bits)) | (((1 << exp_bits) - 1) << man_bits) | (1 << (man_bits - 1))
    if _isinf(x):
        return (sign << (exp_bits + man_bits)) | (((1 << exp_bits) - 1) << man_bits)
    x = abs(x)
    if x == 0.0:
        return sign << (exp_bits + man_bits)
    m, e = _frexp(x)
    biased = e - 1 + bias
    if biased <= 0:
        # subnormal
        mant = int(_ldexp(x, bias - 1 + man_bits))
        biased = 0
    else:
        mant = int(_ldexp(m, man_bits + 1)) - (1 << man_bits)
    return (sign << (exp_bits + man_bits)) | (biased << man_bits) | mant


def _bits_float(n, exp_bits, man_bits):
    bias = (1 << (exp_bits - 1)) - 1
    sign = -1.0 if n >> (exp_bits + man_bits) else 1.0
    biased = (n >> man_bits) & ((1 << exp_bits) - 1)
    mant = n & ((1 << man_bits) - 1)
    if biased == (1 << exp_bits) - 1:
        return sign * float('inf') if mant == 0 else float('nan')
    if biased == 0:
        return sign * _ldexp(mant, 1 - bias - man_bits)
    return sign * _ldexp(mant + (1 << man_bits), biased - bias - man_bits)


def _to_bytes(tc, v):
    """The item's bytes (little-endian), as a list of ints."""
    size = _ITEMSIZE[tc]
    if tc == 'u':
        n = ord(v)
    elif tc == 'f':
        n = _float_bits(v, 8, 23)
    elif tc == 'd':
        n = _float_bits(v, 11, 52)
    else:
        n = v % (1 << (8 * size))
    return [(n >> (8 * k)) & 255 for k in range(size)]


def _from_bytes(tc, b):
    n = 0
    for k in range(len(b) - 1, -1, -1):
        n = (n << 8) | b[k]
    if tc == 'u':
        return chr(n)
    if tc == 'f':
        return _bits_float(n, 8, 23)
    if tc == 'd':
        return _bits_float(n, 11, 52)
    if _SIGNED[tc] and n >= 1 << (8 * len(b) - 1):
        n -= 1 << (8 * len(b))
    return n


class array:
    """array(typecode [, initializer]) -> array

    Return a new array whose items are restricted by typecode, and
    initialized from the optional initializer value, which must be a list,
    a bytes-like object, or iterable over elements of the appropriate type."""
    __slots__ = ('_tc', '_items', '_allocated')
    __hash__ = None

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError(f'array() argument 1 must be a unicode character, not {type(typecode).__name__}')
        if typecode not in _ITEMSIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._tc = typecode
        self._items = []
        self._allocated = 0
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError(f"cannot use a str to initialize an array with typecode '{typecode}'")
            self.fromunicode(initializer)
        elif isinstance(initializer, bytes):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._tc == 'u' and typecode != 'u':
                raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{typecode}'")
            self._items = [_convert(typecode, v) for v in initializer._items]
            self._allocated = len(self._items)
        elif isinstance(initializer, (list, tuple)):
            # sized up front, as newarrayobject does
            self._items = [_convert(typecode, v) for v in initializer]
            self._allocated = len(self._items)
        else:
            self.extend(initializer)

    # ----- the buffer arithmetic (array_resize) --------------------------------

    def _resize(self, newsize):
        size = len(self._items)
        if self._allocated >= newsize and size < newsize + 16 and self._allocated:
            return
        if newsize == 0:
            self._allocated = 0
            return
        self._allocated = (newsize >> 4) + (3 if size < 8 else 7) + newsize

    def __sizeof__(self):
        return _BASIC_SIZE + self._allocated * _ITEMSIZE[self._tc]

    # ----- attributes ---------------------------------------------------------

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _ITEMSIZE[self._tc]

    def buffer_info(self):
        """(address, length): glasspy's id of the array stands for the buffer's address."""
        return (id(self), len(self._items))

    # ----- growing and shrinking ----------------------------------------------

    def append(self, v):
        """Append new value v to the end of the array."""
        v = _convert(self._tc, v)
        self._resize(len(self._items) + 1)
        self._items.append(v)

    def extend(self, iterable):
        """Append items to the end of the array."""
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            items = list(iterable._items)
            self._resize(len(self._items) + len(items))
            self._items.extend(items)
            return
        for v in iterable:
            self.append(v)

    def insert(self, i, v):
        """Insert a new item v into the array before position i."""
        v = _convert(self._tc, v)
        n = len(self._items)
        i = _as_index(i)
        if i < 0:
            i = max(i + n, 0)
        i = min(i, n)
        self._resize(n + 1)
        self._items.insert(i, v)

    def pop(self, i=-1):
        """Return the i-th element and delete it from the array."""
        n = len(self._items)
        if n == 0:
            raise IndexError('pop from empty array')
        i = self._position(i, 'pop index out of range')
        v = self._items[i]
        self._resize(n - 1)
        del self._items[i]
        return v

    def remove(self, v):
        """Remove the first occurrence of v in the array."""
        for i, x in enumerate(self._items):
            if x == v:
                self._resize(len(self._items) - 1)
                del self._items[i]
                return
        raise ValueError('array.remove(x): x not in array')

    def fromlist(self, items):
        """Append items to array from list."""
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        conv = [_convert(self._tc, v) for v in items]
        self._resize(len(self._items) + len(conv))
        self._items.extend(conv)

    def frombytes(self, b):
        """Appends items from the bytes, interpreted as machine values."""
        if not isinstance(b, bytes):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        size = _ITEMSIZE[self._tc]
        if len(b) % size:
            raise ValueError('bytes length not a multiple of item size')
        new = [_from_bytes(self._tc, b[k:k + size]) for k in range(0, len(b), size)]
        self._resize(len(self._items) + len(new))
        self._items.extend(new)

    def fromunicode(self, s):
        """Extends this array with data from the unicode string s."""
        if not isinstance(s, str):
            raise TypeError(f'fromunicode() argument must be str, not {type(s).__name__}')
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._resize(len(self._items) + len(s))
        self._items.extend(s)

    # ----- reading ------------------------------------------------------------

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def tobytes(self):
        """The array's values as machine values (little-endian) in bytes."""
        out = []
        for v in self._items:
            out.extend(_to_bytes(self._tc, v))
        return bytes(out)

    def tounicode(self):
        """The array's characters as a str (a 'u' array only)."""
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def count(self, v):
        """Return number of occurrences of v in the array."""
        return sum(1 for x in self._items if x == v)

    def index(self, v, start=0, stop=None):
        """Return index of first occurrence of v in the array."""
        n = len(self._items)
        start = _as_index(start)
        stop = n if stop is None else _as_index(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            if self._items[i] == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def byteswap(self):
        """Byteswap all items of the array."""
        tc = self._tc
        self._items = [_from_bytes(tc, bytes(_to_bytes(tc, v)[::-1])) for v in self._items]

    # ----- the sequence protocol ----------------------------------------------

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __contains__(self, v):
        return v in self._items

    def _position(self, i, message):
        """Index i (negative from the end) as a position in the array,
        IndexError(message) outside it."""
        i = _as_index(i)
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(message)
        return i

    def _new(self, items):
        a = array(self._tc)
        a._items = items
        a._allocated = len(items)
        return a

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        return self._items[self._position(i, 'array index out of range')]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError(f'can only assign array (not "{type(v).__name__}") to array slice')
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            items = list(self._items)
            items[i] = list(v._items)
            if len(items) != len(self._items):
                self._resize(len(items))
            self._items = items
            return
        i = self._position(i, 'array assignment index out of range')
        self._items[i] = _convert(self._tc, v)

    def __delitem__(self, i):
        if isinstance(i, slice):
            items = list(self._items)
            del items[i]
            self._resize(len(items))
            self._items = items
            return
        i = self._position(i, 'array assignment index out of range')
        self._resize(len(self._items) - 1)
        del self._items[i]

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{type(other).__name__}")')
        self.extend(other)
        return self

    def __mul__(self, n):
        n = _as_index(n)
        return self._new(self._items * n)

    def __rmul__(self, n):
        return self.__mul__(n)

    def __imul__(self, n):
        n = _as_index(n)
        items = self._items * n
        self._resize(len(items))
        self._items = items
        return self

    # ----- comparisons ----------------------------------------------------------

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    def __repr__(self):
        if not self._items:
            return f"array('{self._tc}')"
        if self._tc == 'u':
            return f"array('u', {''.join(self._items)!r})"
        return f"array('{self._tc}', {self._items!r})"

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce_ex__(self, protocol):
        return (array, (self._tc, list(self._items)))


ArrayType = array
