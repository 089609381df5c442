"""tracemalloc: where the blocks of glasspy's allocator were asked for.

The record itself is native (_tracemalloc, over heap/trace.rs): each block
the allocator hands out while tracing is on, its requested size and the
frames running when it was requested. This module groups that record the
way CPython's does: Snapshot, Statistic, StatisticDiff, Traceback, Frame,
Trace, Filter and DomainFilter, with the same texts.
"""

from _tracemalloc import (start, stop, is_tracing, clear_traces,
                          get_traceback_limit, get_traced_memory, reset_peak,
                          get_tracemalloc_memory)
from _tracemalloc import _get_traces, _get_object_traceback, _getline
from functools import total_ordering

# Frames of this module's own code carry this name, so that
# Filter(False, tracemalloc.__file__) leaves them out, as in CPython.
__file__ = '<frozen tracemalloc>'

_UNITS = ('B', 'KiB', 'MiB', 'GiB', 'TiB')


def _format_size(size, sign):
    """A byte count as CPython prints it: at most about four digits and a
    binary unit ('560 B', '97.7 KiB', '+8072 B' with a sign)."""
    for unit in _UNITS:
        if unit != 'B' and abs(size) < 100:
            return ('%+.1f %s' if sign else '%.1f %s') % (size, unit)
        if unit == 'TiB' or abs(size) < 10 * 1024:
            return ('%+.0f %s' if sign else '%.0f %s') % (size, unit)
        size /= 1024


class Statistic:
    """The blocks of one group: their traceback, total size and number."""

    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def _key(self):
        return (self.traceback, self.size, self.count)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if not isinstance(other, Statistic):
            return NotImplemented
        return self._key() == other._key()

    def __str__(self):
        text = '%s: size=%s, count=%i' % (self.traceback, _format_size(self.size, False), self.count)
        if self.count:
            text += ', average=%s' % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return '<Statistic traceback=%r size=%i count=%i>' % (self.traceback, self.size, self.count)

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """One group in two snapshots: its size and count now, and how much
    each changed since the older snapshot."""

    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def _key(self):
        return (self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if not isinstance(other, StatisticDiff):
            return NotImplemented
        return self._key() == other._key()

    def __str__(self):
        text = '%s: size=%s (%s), count=%i (%+i)' % (
            self.traceback, _format_size(self.size, False),
            _format_size(self.size_diff, True), self.count, self.count_diff)
        if self.count:
            text += ', average=%s' % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return '<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>' % (
            self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count, self.traceback)


def _compare_grouped_stats(old_group, new_group):
    """StatisticDiffs for every group of either snapshot (old_group is
    emptied on the way)."""
    diffs = []
    for traceback, stat in new_group.items():
        before = old_group.pop(traceback, None)
        if before is None:
            diffs.append(StatisticDiff(traceback, stat.size, stat.size, stat.count, stat.count))
        else:
            diffs.append(StatisticDiff(traceback, stat.size, stat.size - before.size,
                                       stat.count, stat.count - before.count))
    for traceback, stat in old_group.items():
        diffs.append(StatisticDiff(traceback, 0, -stat.size, 0, -stat.count))
    return diffs


@total_ordering
class Frame:
    """One frame of a traceback: a (filename, lineno) pair."""

    __slots__ = ('_frame',)

    def __init__(self, frame):
        self._frame = frame

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame == other._frame

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame < other._frame

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return '%s:%s' % (self.filename, self.lineno)

    def __repr__(self):
        return '<Frame filename=%r lineno=%r>' % (self.filename, self.lineno)


@total_ordering
class Traceback:
    """The frames of an allocation, oldest first (the native record keeps
    them most recent first)."""

    __slots__ = ('_frames', '_total_nframe')

    def __init__(self, frames, total_nframe=None):
        self._frames = tuple(reversed(frames))
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple([Frame(f) for f in self._frames[index]])
        return Frame(self._frames[index])

    def __iter__(self):
        for f in self._frames:
            yield Frame(f)

    def __reversed__(self):
        for f in reversed(self._frames):
            yield Frame(f)

    def __contains__(self, frame):
        return frame._frame in self._frames

    def index(self, frame):
        return self._frames.index(frame._frame)

    def count(self, frame):
        return self._frames.count(frame._frame)

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames == other._frames

    def __lt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames < other._frames

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        text = '<Traceback %s' % (tuple(self),)
        if self._total_nframe is not None:
            text += ' total_nframe=%s' % self._total_nframe
        return text + '>'

    def format(self, limit=None, most_recent_first=False):
        frames = list(self)
        if limit is not None:
            frames = frames[-limit:] if limit > 0 else frames[:limit]
        if most_recent_first:
            frames.reverse()
        lines = []
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            source = _getline(frame.filename, frame.lineno)
            if source:
                lines.append('    %s' % source)
        return lines


def get_object_traceback(obj):
    """Where obj's block was allocated (a Traceback), or None when that
    allocation was not traced."""
    frames = _get_object_traceback(obj)
    if frames is None:
        return None
    return Traceback(frames)


class Trace:
    """One traced block: its domain, size and traceback."""

    __slots__ = ('_trace',)

    def __init__(self, trace):
        self._trace = trace

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]

    @property
    def traceback(self):
        return Traceback(*self._trace[2:])

    def __eq__(self, other):
        if not isinstance(other, Trace):
            return NotImplemented
        return self._trace == other._trace

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return '%s: %s' % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return '<Trace domain=%s size=%s, traceback=%r>' % (
            self.domain, _format_size(self.size, False), self.traceback)


class _Traces:
    """A snapshot's traces, seen as a sequence of Trace."""

    def __init__(self, traces):
        self._traces = traces

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple([Trace(t) for t in self._traces[index]])
        return Trace(self._traces[index])

    def __iter__(self):
        for t in self._traces:
            yield Trace(t)

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        if not isinstance(other, _Traces):
            return NotImplemented
        return self._traces == other._traces

    def __repr__(self):
        return '<Traces len=%s>' % len(self)


def _normalize_filename(filename):
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    return filename


def _class_match(pattern, i, c):
    """Does c match the [...] set starting at pattern[i] ('[' already
    seen)? Returns (matched, index after ']'), or None if no ']' closes it."""
    j = i
    negate = j < len(pattern) and pattern[j] == '!'
    if negate:
        j += 1
    start = j
    matched = False
    while j < len(pattern) and (pattern[j] != ']' or j == start):
        if j + 2 < len(pattern) and pattern[j + 1] == '-' and pattern[j + 2] != ']':
            if pattern[j] <= c <= pattern[j + 2]:
                matched = True
            j += 3
        else:
            if pattern[j] == c:
                matched = True
            j += 1
    if j >= len(pattern):
        return None
    return (matched != negate, j + 1)


def _fnmatch(name, pattern):
    """Shell-style matching as fnmatch's: * any run, ? one character,
    [seq] and [!seq] one character of (not of) a set."""
    p = n = 0
    star = -1
    star_n = 0
    while n < len(name):
        if p < len(pattern):
            c = pattern[p]
            if c == '*':
                star = p
                star_n = n
                p += 1
                continue
            if c == '?':
                p += 1
                n += 1
                continue
            if c == '[':
                m = _class_match(pattern, p + 1, name[n])
                if m is not None:
                    if m[0]:
                        p = m[1]
                        n += 1
                        continue
                elif name[n] == '[':
                    p += 1
                    n += 1
                    continue
            elif c == name[n]:
                p += 1
                n += 1
                continue
        if star < 0:
            return False
        star_n += 1
        n = star_n
        p = star + 1
    while p < len(pattern) and pattern[p] == '*':
        p += 1
    return p == len(pattern)


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    """Keeps (inclusive) or drops the traces whose frame matches a filename
    pattern, and a line if given; the most recent frame only, or any frame
    with all_frames."""

    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _match_frame_impl(self, filename, lineno):
        if not _fnmatch(_normalize_filename(filename), self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _match_frame(self, filename, lineno):
        return self._match_frame_impl(filename, lineno) ^ (not self.inclusive)

    def _match_traceback(self, traceback):
        if not self.all_frames:
            filename, lineno = traceback[0]
            return self._match_frame(filename, lineno)
        for filename, lineno in traceback:
            if self._match_frame_impl(filename, lineno):
                return self.inclusive
        return not self.inclusive

    def _match(self, trace):
        res = self._match_traceback(trace[2])
        if self.domain is None:
            return res
        if self.inclusive:
            return res and trace[0] == self.domain
        return res or trace[0] != self.domain


class DomainFilter(BaseFilter):
    """Keeps (inclusive) or drops the traces of one address-space domain."""

    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        return (trace[0] == self._domain) ^ (not self.inclusive)


class Snapshot:
    """The traces at one moment, to group (statistics) or to compare."""

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def _filter_trace(self, include_filters, exclude_filters, trace):
        if include_filters and not any(f._match(trace) for f in include_filters):
            return False
        return not any(not f._match(trace) for f in exclude_filters)

    def filter_traces(self, filters):
        """A new Snapshot with the traces the filters let through (all of
        them, copied, for an empty list)."""
        if not hasattr(filters, '__iter__'):
            raise TypeError('filters must be a list of filters, not %s' % type(filters).__name__)
        include_filters = [f for f in filters if f.inclusive]
        exclude_filters = [f for f in filters if not f.inclusive]
        if include_filters or exclude_filters:
            kept = [t for t in self.traces._traces
                    if self._filter_trace(include_filters, exclude_filters, t)]
        else:
            kept = self.traces._traces.copy()
        return Snapshot(kept, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError('unknown key_type: %r' % (key_type,))
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError('cumulative mode cannot by used with key type %r' % key_type)
        stats = {}
        keys = {}

        def add(frames_key, frames, size):
            traceback = keys.get(frames_key)
            if traceback is None:
                traceback = keys[frames_key] = Traceback(frames)
            stat = stats.get(traceback)
            if stat is None:
                stats[traceback] = Statistic(traceback, size, 1)
            else:
                stat.size += size
                stat.count += 1

        for domain, size, frames, total_nframe in self.traces._traces:
            if cumulative:
                for frame in frames:
                    add(frame, (frame if key_type == 'lineno' else (frame[0], 0),), size)
            elif key_type == 'traceback':
                add(frames, frames, size)
            elif key_type == 'lineno':
                add(frames, frames[:1], size)
            else:
                add(frames, ((frames[0][0], 0),), size)
        return stats

    def statistics(self, key_type, cumulative=False):
        """Statistics grouped by key_type ('lineno', 'filename' or
        'traceback'), biggest first."""
        stats = list(self._group_by(key_type, cumulative).values())
        stats.sort(reverse=True, key=Statistic._sort_key)
        return stats

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """StatisticDiffs between old_snapshot and this one, the biggest
        change first."""
        new_group = self._group_by(key_type, cumulative)
        old_group = old_snapshot._group_by(key_type, cumulative)
        diffs = _compare_grouped_stats(old_group, new_group)
        diffs.sort(reverse=True, key=StatisticDiff._sort_key)
        return diffs


def take_snapshot():
    """A Snapshot of the traces now."""
    if not is_tracing():
        raise RuntimeError('the tracemalloc module must be tracing memory '
                           'allocations to take a snapshot')
    return Snapshot(_get_traces(), get_traceback_limit())
