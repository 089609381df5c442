# The Python half of glasspy's `traceback` module: frame summaries and the
# extract/format functions built on them. The native half (format_tb,
# format_exception, print_exc, ...) lives in runtime/stdlib.rs, and so do
# the two helpers used here: _tb_entries(tb), one (filename, lineno, name,
# line, carets) tuple per traceback entry, and _source_line(filename,
# lineno), a line read from the file as linecache would.

import sys

# How many identical consecutive entries are shown before they are counted.
_REPEATS_SHOWN = 3


class FrameSummary:
    """One entry of a stack or traceback: where it was and what ran there."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno",
                 "name", "_line", "locals", "_carets")

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self._carets = ""
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        if locals:
            self.locals = {k: repr(v) for k, v in locals.items()}
        else:
            self.locals = None
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _source_line(self.filename, self.lineno)
        return self._line.strip()

    def _fields(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename, self.lineno, self.name, self.locals) == \
                (other.filename, other.lineno, other.name, other.locals)
        if isinstance(other, tuple):
            return self._fields() == other
        return NotImplemented

    def __getitem__(self, pos):
        return self._fields()[pos]

    def __iter__(self):
        return iter(self._fields())

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(
            self.filename, self.lineno, self.name)


class StackSummary(list):
    """A list of FrameSummary, oldest first, that formats as a traceback."""

    @classmethod
    def extract(cls, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        frames = []
        for frame, lineno in frame_gen:
            frames.append((frame, lineno))
        frames = _limited(frames, limit)
        result = cls()
        for frame, lineno in frames:
            code = frame.f_code
            local_vars = frame.f_locals if capture_locals else None
            result.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                       lookup_line=lookup_lines,
                                       locals=local_vars))
        return result

    @classmethod
    def from_list(cls, a_list):
        result = cls()
        for entry in a_list:
            if isinstance(entry, FrameSummary):
                result.append(entry)
            else:
                filename, lineno, name, line = entry
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        text = '  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)
        if frame_summary.line:
            text += "    {}\n".format(frame_summary.line)
            if isinstance(frame_summary, FrameSummary):
                text += frame_summary._carets
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                text += "    {} = {}\n".format(name, value)
        return text

    def format(self):
        out = []
        previous = None
        same = 0
        for fs in self:
            where = (fs.filename, fs.lineno, fs.name)
            if where != previous:
                _note_repeats(out, same)
                previous = where
                same = 0
            same += 1
            if same <= _REPEATS_SHOWN:
                out.append(self.format_frame_summary(fs))
        _note_repeats(out, same)
        return out


def _note_repeats(out, same):
    hidden = same - _REPEATS_SHOWN
    if hidden > 0:
        out.append("  [Previous line repeated {} more time{}]\n".format(
            hidden, "s" if hidden > 1 else ""))


def _limited(entries, limit):
    """The first `limit` entries (the last -limit when negative)."""
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return entries
    if limit >= 0:
        return entries[:limit]
    return entries[limit:]


def walk_tb(tb):
    """(frame, lineno) of each entry, following tb_next."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """(frame, lineno) from `f` (the caller's frame by default) outwards."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_tb(tb, limit=None):
    result = StackSummary()
    for filename, lineno, name, line, carets in _limited(_tb_entries(tb), limit):
        fs = FrameSummary(filename, lineno, name, lookup_line=False, line=line)
        fs._carets = carets
        result.append(fs)
    return result


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end="")


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)
