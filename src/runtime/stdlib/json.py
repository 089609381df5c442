"""JSON encoding and decoding: glasspy's json module, written in Python.

The text dumps() writes is CPython's to the character: the same
separators (', ' and ': ', or ',' after each item when indenting), float
reprs, escapes (\\uXXXX in lower-case hex, surrogate pairs past U+FFFF
when ensure_ascii), key conversions and errors. loads() parses as
CPython's scanner does and raises JSONDecodeError with its messages and
positions (msg, doc, pos, lineno, colno). One module stands for CPython's
package: there is no json.decoder or json.encoder to import, though
JSONDecodeError still names json.decoder as its module.
"""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        super().__init__(errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)

JSONDecodeError.__module__ = 'json.decoder'


# ----- encoding -------------------------------------------------------------------

_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}
_HEX = '0123456789abcdef'


def _u4(n):
    return '\\u' + _HEX[n >> 12 & 15] + _HEX[n >> 8 & 15] + _HEX[n >> 4 & 15] + _HEX[n & 15]


def _encode_str(s, ensure_ascii):
    """The JSON string literal of s."""
    out = ['"']
    start = 0
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        o = ord(c)
        if 32 <= o < 127 and c != '"' and c != '\\':
            i += 1
            continue
        if o >= 127 and not ensure_ascii:
            i += 1
            continue
        out.append(s[start:i])
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
        elif o > 0xFFFF:
            o -= 0x10000
            out.append(_u4(0xD800 | (o >> 10)) + _u4(0xDC00 | (o & 0x3FF)))
        else:
            out.append(_u4(o))
        i += 1
        start = i
    out.append(s[start:])
    out.append('"')
    return ''.join(out)


class JSONEncoder:
    """Extensible JSON encoder for Python data structures: dict, list,
    tuple, str, int, float, True, False and None (default() for others)."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for an object of no JSON type: return a serializable
        object or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """The encoding of o, in pieces."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        # CPython's C encoder (one shot, no indent) words one error shorter
        enc = _Encoder(self, indent, _one_shot and indent is None)
        enc.value(o, 0)
        return enc.out


class _Encoder:
    """One encoding in progress: the pieces written so far."""

    def __init__(self, owner, indent, c_style):
        self.owner = owner
        self.indent = indent
        self.c_style = c_style
        self.markers = {} if owner.check_circular else None
        self.out = []

    def float_str(self, o):
        if o != o:
            text = 'NaN'
        elif o == float('inf'):
            text = 'Infinity'
        elif o == -float('inf'):
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.owner.allow_nan:
            msg = 'Out of range float values are not JSON compliant'
            if not self.c_style:
                msg += ': ' + repr(o)
            raise ValueError(msg)
        return text

    def enter(self, o):
        if self.markers is not None:
            if id(o) in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[id(o)] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(_encode_str(o, self.owner.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.float_str(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self.enter(o)
            self.value(self.owner.default(o), level)
            self.leave(o)

    def newline(self, level):
        if self.indent is None:
            return None
        return '\n' + self.indent * level

    def array(self, seq, level):
        out = self.out
        if not seq:
            out.append('[]')
            return
        self.enter(seq)
        out.append('[')
        nl = self.newline(level + 1)
        sep = self.owner.item_separator
        if nl is not None:
            out.append(nl)
            sep += nl
        first = True
        for v in seq:
            if not first:
                out.append(sep)
            first = False
            self.value(v, level + 1)
        if nl is not None:
            out.append(self.newline(level))
        out.append(']')
        self.leave(seq)

    def key_str(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_str(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.owner.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def object(self, d, level):
        out = self.out
        if not d:
            out.append('{}')
            return
        self.enter(d)
        out.append('{')
        nl = self.newline(level + 1)
        sep = self.owner.item_separator
        if nl is not None:
            out.append(nl)
            sep += nl
        items = list(d.items())
        if self.owner.sort_keys:
            items.sort()
        first = True
        for key, v in items:
            key = self.key_str(key)
            if key is None:
                continue
            if not first:
                out.append(sep)
            first = False
            out.append(_encode_str(key, self.owner.ensure_ascii))
            out.append(self.owner.key_separator)
            self.value(v, level + 1)
        if nl is not None:
            out.append(self.newline(level))
        out.append('}')
        self.leave(d)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (an object with .write())."""
    if cls is None:
        cls = JSONEncoder
    enc = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
              allow_nan=allow_nan, indent=indent, separators=separators, default=default,
              sort_keys=sort_keys, **kw)
    for chunk in enc.iterencode(obj):
        fp.write(chunk)


# ----- decoding -------------------------------------------------------------------

_WS = ' \t\n\r'
_UNESCAPE = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}
_DIGITS = '0123456789'


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def _hex4(s, i):
    """The value of the 4 hex digits at s[i:i+4], or None."""
    v = 0
    for c in s[i:i + 4]:
        d = '0123456789abcdef'.find(c.lower())
        if d < 0:
            return None
        v = v * 16 + d
    return v


def _scan_string(s, end, strict):
    """The string whose opening quote is just before end, and the index after it."""
    chunks = []
    begin = end - 1
    n = len(s)
    while True:
        i = end
        while i < n:
            c = s[i]
            if c == '"' or c == '\\' or ord(c) < 32:
                break
            i += 1
        if i >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        chunks.append(s[end:i])
        c = s[i]
        end = i + 1
        if c == '"':
            break
        if c != '\\':
            if strict:
                raise JSONDecodeError('Invalid control character at', s, i)
            chunks.append(c)
            continue
        if end >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[end]
        if esc != 'u':
            ch = _UNESCAPE.get(esc)
            if ch is None:
                raise JSONDecodeError('Invalid \\escape', s, end - 1)
            chunks.append(ch)
            end += 1
            continue
        # \uXXXX (a pair of them for a character past U+FFFF)
        if end + 5 >= n:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, end)
        uni = _hex4(s, end + 1)
        if uni is None:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, end)
        end += 5
        if 0xD800 <= uni <= 0xDBFF and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
            uni2 = _hex4(s, end + 2)
            if uni2 is None:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, end + 1)
            if 0xDC00 <= uni2 <= 0xDFFF:
                uni = 0x10000 + (((uni - 0xD800) << 10) | (uni2 - 0xDC00))
                end += 6
        chunks.append(chr(uni))
    return ''.join(chunks), end


class _Scanner:
    """One decoding: the decoder's hooks and the document."""

    def __init__(self, dec, s):
        self.dec = dec
        self.s = s

    def number(self, i):
        """The number at i and the index after it, or None."""
        s = self.s
        n = len(s)
        j = i
        if j < n and s[j] == '-':
            j += 1
        if j < n and s[j] == '0':
            j += 1
        elif j < n and s[j] in '123456789':
            while j < n and s[j] in _DIGITS:
                j += 1
        else:
            return None
        int_end = j
        is_float = False
        if j + 1 < n and s[j] == '.' and s[j + 1] in _DIGITS:
            j += 2
            while j < n and s[j] in _DIGITS:
                j += 1
            is_float = True
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            if k < n and s[k] in _DIGITS:
                while k < n and s[k] in _DIGITS:
                    k += 1
                j = k
                is_float = True
        if is_float:
            return self.dec.parse_float(s[i:j]), j
        return self.dec.parse_int(s[i:int_end]), int_end

    def value(self, i):
        """The value at i and the index after it; StopIteration(i) when
        there is none (the caller says 'Expecting value')."""
        s = self.s
        if i >= len(s):
            raise StopIteration(i)
        c = s[i]
        if c == '"':
            return _scan_string(s, i + 1, self.dec.strict)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        if c == 'n' and s[i:i + 4] == 'null':
            return None, i + 4
        if c == 't' and s[i:i + 4] == 'true':
            return True, i + 4
        if c == 'f' and s[i:i + 5] == 'false':
            return False, i + 5
        r = self.number(i)
        if r is not None:
            return r
        for name in ('NaN', 'Infinity', '-Infinity'):
            if s.startswith(name, i):
                return self.dec.parse_constant(name), i + len(name)
        raise StopIteration(i)

    def expect_value(self, i):
        try:
            return self.value(i)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', self.s, err.value) from None

    def object(self, end):
        s = self.s
        pairs = []
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar in _WS:
                end = _skip_ws(s, end)
                nextchar = s[end:end + 1]
            if nextchar == '}':
                return self.finish_object(pairs), end + 1
            if nextchar != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, end)
        end += 1
        while True:
            key, end = _scan_string(s, end, self.dec.strict)
            if s[end:end + 1] != ':':
                end = _skip_ws(s, end)
                if s[end:end + 1] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip_ws(s, end + 1)
            value, end = self.expect_value(end)
            pairs.append((key, value))
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == '}':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, end - 1)
        return self.finish_object(pairs), end

    def finish_object(self, pairs):
        dec = self.dec
        if dec.object_pairs_hook is not None:
            return dec.object_pairs_hook(pairs)
        d = dict(pairs)
        if dec.object_hook is not None:
            return dec.object_hook(d)
        return d

    def array(self, end):
        s = self.s
        values = []
        end = _skip_ws(s, end)
        if s[end:end + 1] == ']':
            return values, end + 1
        while True:
            value, end = self.expect_value(end)
            values.append(value)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == ']':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
        return values, end


class JSONDecoder:
    """Simple JSON decoder: objects become dicts, arrays lists, strings
    str, numbers int or float, true/false/null True/False/None."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """The Python value of the JSON document s (a str)."""
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """The value of the JSON document that starts s, and the index
        where it ends (s may have extra data after it)."""
        return _Scanner(self, s).expect_value(idx)


_default_decoder = JSONDecoder()


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document) to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, bytes):
        s = s.decode('utf-8')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, **kw):
    """Deserialize fp (an object with .read()) holding a JSON document."""
    return loads(fp.read(), **kw)
