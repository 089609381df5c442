"""The members of sys that are objects of their own: the standard streams and
the named tuples (flags, float_info, ...). The runtime imports this module
the first time a program asks sys for one of them, and copies that one member
into sys (sys_objects.rs): a program that never asks sees none of them."""

import _sysio
import io


class _StructSeq(tuple):
    """A tuple whose items also have names, printed as name=value pairs:
    what CPython calls a struct sequence (sys.flags, sys.float_info...)."""

    __slots__ = ()

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        pairs = [name + "=" + repr(value) for name, value in zip(self._fields, self)]
        return self._name + "(" + ", ".join(pairs) + ")"

    def __reduce__(self):
        return (type(self), (tuple(self),))


def _field(index):
    return property(lambda self: self[index])


def _structseq(cls):
    """Gives each field of `cls` its read-only attribute; `cls` lives in sys."""
    for index, name in enumerate(cls._fields):
        setattr(cls, name, _field(index))
    cls.__module__ = "sys"
    return cls


@_structseq
class flags(_StructSeq):
    __slots__ = ()
    _name = "sys.flags"
    _fields = ("debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
               "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
               "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
               "warn_default_encoding", "safe_path", "int_max_str_digits")


@_structseq
class version_info(_StructSeq):
    __slots__ = ()
    _name = "sys.version_info"
    _fields = ("major", "minor", "micro", "releaselevel", "serial")


@_structseq
class float_info(_StructSeq):
    __slots__ = ()
    _name = "sys.float_info"
    _fields = ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
               "mant_dig", "epsilon", "radix", "rounds")


@_structseq
class int_info(_StructSeq):
    __slots__ = ()
    _name = "sys.int_info"
    _fields = ("bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold")


@_structseq
class hash_info(_StructSeq):
    __slots__ = ()
    _name = "sys.hash_info"
    _fields = ("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff")


class _Namespace:
    """What sys.implementation is in CPython: a types.SimpleNamespace."""

    def __init__(self, **fields):
        for name, value in fields.items():
            setattr(self, name, value)

    def __repr__(self):
        pairs = [name + "=" + repr(value) for name, value in self.__dict__.items()]
        return "namespace(" + ", ".join(pairs) + ")"

    def __eq__(self, other):
        if not isinstance(other, _Namespace):
            return NotImplemented
        return self.__dict__ == other.__dict__


class _Stream:
    """What the text and the binary streams share: a file descriptor, a name, open or closed."""

    def __init__(self, fd, name, mode):
        self._fd = fd
        self.name = name
        self.mode = mode
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def fileno(self):
        return self._fd

    def isatty(self):
        self._check()
        return _sysio.isatty(self._fd)

    def readable(self):
        return self._fd == 0

    def writable(self):
        return self._fd != 0

    def seekable(self):
        return False

    def close(self):
        if not self.closed:
            if self._fd != 0:
                _sysio.flush(self._fd)
            self.closed = True

    def flush(self):
        self._check()
        if self._fd != 0:
            _sysio.flush(self._fd)

    def _need(self, reading):
        self._check()
        if reading and self._fd != 0:
            raise UnsupportedOperation("not readable")
        if not reading and self._fd == 0:
            raise UnsupportedOperation("not writable")

    def readline(self, size=-1):
        self._need(True)
        return _sysio.readline(size, self._binary)

    def read(self, size=-1):
        self._need(True)
        return _sysio.read(size, self._binary)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    # reading lines and the context manager as the in-memory streams do
    readlines = io._Memory.readlines
    __iter__ = io._Memory.__iter__
    __next__ = io._Memory.__next__
    __enter__ = io._Memory.__enter__
    __exit__ = io._Memory.__exit__


class UnsupportedOperation(OSError):
    pass


UnsupportedOperation.__module__ = "io"


class BufferedStream(_Stream):
    """sys.stdout.buffer and its kin: the same descriptor, written and read as bytes."""

    _binary = True

    def write(self, b):
        self._need(False)
        return _sysio.write_bytes(self._fd, b)

    def __repr__(self):
        kind = "BufferedReader" if self._fd == 0 else "BufferedWriter"
        return "<_io." + kind + " name=" + repr(self.name) + ">"


class TextIOWrapper(_Stream):
    """sys.stdin, sys.stdout and sys.stderr: text over a file descriptor,
    written through the interpreter's own buffered output (so print() and
    sys.stdout.write() keep their order)."""

    _binary = False

    def __init__(self, fd, name, mode, errors):
        _Stream.__init__(self, fd, name, mode)
        self.encoding = "utf-8"
        self.errors = errors
        self.newlines = None
        self.buffer = BufferedStream(fd, name, mode + "b")
        self.line_buffering = fd == 2 or _sysio.isatty(fd)

    def write(self, s):
        self._need(False)
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not " + type(s).__name__)
        return _sysio.write(self._fd, s)

    def __repr__(self):
        return "<_io.TextIOWrapper name=" + repr(self.name) + " mode=" + repr(self.mode) + " encoding='utf-8'>"


TextIOWrapper.__module__ = "_io"
BufferedStream.__module__ = "_io"

stdin = TextIOWrapper(0, "<stdin>", "r", "strict")
stdout = TextIOWrapper(1, "<stdout>", "w", "strict")
stderr = TextIOWrapper(2, "<stderr>", "w", "backslashreplace")
__stdin__ = stdin
__stdout__ = stdout
__stderr__ = stderr

flags = flags(_sysio.flags())
version_info = version_info((3, 11, 7, "final", 0))
float_info = float_info((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307,
                         15, 53, 2.220446049250313e-16, 2, 1))
int_info = int_info((30, 4, 4300, 640))
# glasspy's string hash is its own deterministic 64-bit one (no seed):
# the numeric hashes are CPython's.
hash_info = hash_info((64, 2305843009213693951, 314159, 0, 1000003, "glasspy", 64, 0, 0))
implementation = _Namespace(name="glasspy", cache_tag=None, version=version_info, hexversion=0x030B07F0)
hexversion = 0x030B07F0
api_version = 1013
executable = _sysio.executable()
orig_argv = _sysio.orig_argv()
path = [_sysio.path0()]
warnoptions = _sysio.warnoptions()
_xoptions = _sysio.xoptions()
dont_write_bytecode = bool(flags.dont_write_bytecode)
copyright = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."
getdefaultencoding = _sysio.getdefaultencoding
getfilesystemencoding = _sysio.getfilesystemencoding
