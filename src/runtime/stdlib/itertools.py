"""Functional tools for making lazy iterators: glasspy's own itertools,
written in Python. Each iterator is a small object holding what it needs
(its source iterator, its state) and computing one item per __next__."""

_maxsize = 9223372036854775807


def _index(x, what):
    # An islice index: None or an int in 0..sys.maxsize.
    if x is None:
        return None
    if type(x) is not int and type(x) is not bool:
        if hasattr(x, '__index__'):
            x = x.__index__()
        else:
            raise ValueError(what)
    if x < 0 or x > _maxsize:
        raise ValueError(what)
    return x


class _iterator:
    # What every iterator here shares: it is its own iterator.
    __slots__ = ()

    def __iter__(self):
        return self


class _predicated(_iterator):
    # A function or predicate applied to the items of one iterator, and a
    # flag (dropwhile's "started", takewhile's "stopped").
    __slots__ = ('_func', '_it', '_flag')

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)
        self._flag = False


class count(_iterator):
    """count(start=0, step=1): start, start+step, start+2*step, ..."""
    __slots__ = ('_n', '_step', '_default_step')

    def __init__(self, start=0, step=1):
        if type(start) is str or type(step) is str:
            raise TypeError('a number is required')
        self._n = start
        self._step = step
        self._default_step = type(step) is int and step == 1

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._default_step:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


class cycle(_iterator):
    """cycle(iterable): its items, then the same items again, forever."""
    __slots__ = ('_it', '_saved', '_index', '_firstpass')

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._firstpass = True

    def __next__(self):
        if self._it is not None:
            for x in self._it:
                self._saved.append(x)
                return x
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        x = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return x


class repeat(_iterator):
    """repeat(object [,times]): the object, times times or forever."""
    __slots__ = ('_element', '_cnt')

    def __init__(self, object, times=None):
        self._element = object
        if times is None:
            self._cnt = -1
        else:
            if type(times) is not int and type(times) is not bool:
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
            self._cnt = times if times > 0 else 0

    def __next__(self):
        if self._cnt == 0:
            raise StopIteration
        if self._cnt > 0:
            self._cnt -= 1
        return self._element

    def __length_hint__(self):
        if self._cnt < 0:
            raise TypeError('len() of unsized object')
        return self._cnt

    def __repr__(self):
        if self._cnt < 0:
            return 'repeat(%r)' % (self._element,)
        return 'repeat(%r, %d)' % (self._element, self._cnt)


def _add(a, b):
    return a + b


class accumulate(_iterator):
    """accumulate(iterable, func=None, *, initial=None): running totals."""
    __slots__ = ('_it', '_func', '_total', '_initial')

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = None
        self._initial = initial

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        x = next(self._it)
        if self._total is None:
            self._total = x
        elif self._func is None:
            self._total = self._total + x
        else:
            self._total = self._func(self._total, x)
        return self._total


class chain(_iterator):
    """chain(*iterables): the items of the first, then the second, ..."""
    __slots__ = ('_source', '_active')

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        c = cls()
        c._source = iter(iterable)
        return c

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                for it in self._source:
                    self._active = iter(it)
                    break
                else:
                    self._source = None
                    raise StopIteration
            for x in self._active:
                return x
            self._active = None
        raise StopIteration


class compress(_iterator):
    """compress(data, selectors): the data items whose selector is true."""
    __slots__ = ('_data', '_selectors')

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __next__(self):
        while True:
            d = next(self._data)
            if next(self._selectors):
                return d


class dropwhile(_predicated):
    """dropwhile(predicate, iterable): the items from the first for which
    the predicate is false."""
    __slots__ = ()

    def __next__(self):
        while True:
            x = next(self._it)
            if self._flag or not self._func(x):
                self._flag = True
                return x


class takewhile(_predicated):
    """takewhile(predicate, iterable): the items while the predicate holds."""
    __slots__ = ()

    def __next__(self):
        if self._flag:
            raise StopIteration
        x = next(self._it)
        if self._func(x):
            return x
        self._flag = True
        raise StopIteration


class _applied(_iterator):
    # A function applied to the items of one iterator.
    __slots__ = ('_func', '_it')

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)


class filterfalse(_applied):
    """filterfalse(function or None, iterable): the items for which the
    function (or the item itself) is false."""
    __slots__ = ()

    def __next__(self):
        while True:
            x = next(self._it)
            ok = x if self._func is None else self._func(x)
            if not ok:
                return x


# "No item here": groupby's empty lookahead and target key.
_marker = object()


class groupby(_iterator):
    """groupby(iterable, key=None): (key, group) pairs for runs of items
    with equal keys; each group shares the source iterator."""
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_turn')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._turn = None

    def _step(self):
        # The next item and its key become the lookahead.
        v = next(self._it)
        k = v if self._keyfunc is None else self._keyfunc(v)
        self._currvalue = v
        self._currkey = k

    def __next__(self):
        # A group handed out earlier stops once its groupby moves on: the
        # groupby remembers the current group by its id (a reference would
        # be a cycle; CPython keeps an uncounted pointer).
        self._turn = None
        marker = _marker
        while True:
            if self._currvalue is marker:
                self._step()
            if self._tgtkey is marker or not (self._currkey == self._tgtkey):
                break
            self._currvalue = marker
        self._tgtkey = self._currkey
        group = _grouper(self, self._tgtkey)
        self._turn = id(group)
        return (self._currkey, group)


class _grouper(_iterator):
    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __next__(self):
        p = self._parent
        if p._turn != id(self):
            raise StopIteration
        if p._currvalue is _marker:
            p._step()
        if not (p._currkey == self._tgtkey):
            raise StopIteration
        v = p._currvalue
        p._currvalue = _marker
        return v


class islice(_iterator):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]):
    the selected items, skipping the others as it goes."""
    __slots__ = ('_it', '_next', '_stop', '_step', '_cnt')

    def __init__(self, iterable, *args):
        n = len(args)
        if n == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        if n > 3:
            raise TypeError('islice expected at most 4 arguments, got %d' % (n + 1))
        if n == 1:
            start, stop, step = None, args[0], None
        else:
            start, stop = args[0], args[1]
            step = args[2] if n == 3 else None
        stop = _index(stop, 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        start = _index(start, 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        step = _index(step, 'Step for islice() must be a positive integer or None.')
        if step == 0:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = 0 if start is None else start
        self._stop = stop
        self._step = 1 if step is None else step
        self._cnt = 0

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            if stop is not None and self._cnt >= stop:
                self._it = None
                raise StopIteration
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        try:
            x = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return x


class pairwise(_iterator):
    """pairwise(iterable): overlapping pairs (a, b), (b, c), ..."""
    __slots__ = ('_it', '_old')

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._old = None

    def __next__(self):
        if self._it is None:
            raise StopIteration
        try:
            if self._old is None:
                self._old = next(self._it)
            new = next(self._it)
        except StopIteration:
            self._it = None
            self._old = None
            raise
        old = self._old
        self._old = new
        return (old, new)


class starmap(_applied):
    """starmap(function, iterable): function(*args) for each args item."""
    __slots__ = ()

    def __next__(self):
        args = next(self._it)
        return self._func(*args)


# The tees of one source share a chain of links, each buffering up to
# _LINKCELLS items (CPython's teedataobject): a link lives while a tee is
# still reading it, so an item stays alive until every tee has passed its
# whole link.
_LINKCELLS = 57


class _tee_dataobject:
    __slots__ = ('it', 'values', 'nextlink')

    def __init__(self, it):
        self.it = it
        self.values = []
        self.nextlink = None


class _tee(_iterator):
    __slots__ = ('_dataobj', '_index', '__weakref__')

    def __init__(self, dataobj, index):
        self._dataobj = dataobj
        self._index = index

    def __copy__(self):
        return _tee(self._dataobj, self._index)

    def __next__(self):
        data = self._dataobj
        if self._index >= _LINKCELLS:
            if data.nextlink is None:
                data.nextlink = _tee_dataobject(data.it)
            data = self._dataobj = data.nextlink
            self._index = 0
        i = self._index
        if i < len(data.values):
            value = data.values[i]
        else:
            value = next(data.it)
            data.values.append(value)
        self._index = i + 1
        return value


def tee(iterable, n=2):
    """tee(iterable, n=2): n independent iterators over one iterable."""
    if type(n) is not int:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if type(it) is _tee:
        first = it.__copy__()
    else:
        first = _tee(_tee_dataobject(it), 0)
    result = [first]
    for i in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest(_iterator):
    """zip_longest(*iterables, fillvalue=None): tuples of one item of each,
    the shorter ones padded with fillvalue."""
    __slots__ = ('_size', '_active', '_its', '_result', '_fill')

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(x) for x in iterables]
        self._size = self._active = len(self._its)
        self._result = None
        self._fill = fillvalue

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        out = []
        for i in range(self._size):
            it = its[i]
            if it is None:
                out.append(self._fill)
                continue
            try:
                x = next(it)
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                its[i] = None
                x = self._fill
            out.append(x)
        self._result = tuple(out)
        return self._result


def _repeat_arg(repeat):
    if type(repeat) is not int:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    return repeat


def _r_arg(r, n):
    if r is None:
        return n
    if type(r) is not int:
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class product(_iterator):
    """product(*iterables, repeat=1): the cartesian product, as tuples,
    the rightmost element advancing fastest."""
    __slots__ = ('_pools', '_indices', '_result', '_stopped')

    def __init__(self, *iterables, repeat=1):
        repeat = _repeat_arg(repeat)
        pools = [tuple(x) for x in iterables] * repeat
        self._pools = tuple(pools)
        self._indices = None
        self._result = None
        self._stopped = False

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pools = self._pools
        if self._indices is None:
            for p in pools:
                if not p:
                    self._stopped = True
                    raise StopIteration
            self._indices = [0] * len(pools)
            self._result = tuple(p[0] for p in pools)
            return self._result
        indices = self._indices
        i = len(pools) - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            self._stopped = True
            raise StopIteration
        self._result = tuple(pools[j][indices[j]] for j in range(len(pools)))
        return self._result


class combinations(_iterator):
    """combinations(iterable, r): r-length tuples in sorted order, no
    repeated elements."""
    __slots__ = ('_pool', '_indices', '_result', '_r', '_stopped')

    def __init__(self, iterable, r):
        self._pool = tuple(iterable)
        self._r = _r_arg(r, None)
        self._indices = None
        self._result = None
        self._stopped = self._r > len(self._pool)

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool, r = self._pool, self._r
        n = len(pool)
        if self._indices is None:
            self._indices = list(range(r))
        else:
            indices = self._indices
            i = r - 1
            while i >= 0 and indices[i] == i + n - r:
                i -= 1
            if i < 0:
                self._stopped = True
                raise StopIteration
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
        self._result = tuple(pool[i] for i in self._indices)
        return self._result


class combinations_with_replacement(_iterator):
    """combinations_with_replacement(iterable, r): r-length tuples in sorted
    order, elements repeated."""
    __slots__ = ('_pool', '_indices', '_result', '_r', '_stopped')

    def __init__(self, iterable, r):
        self._pool = tuple(iterable)
        self._r = _r_arg(r, None)
        self._indices = None
        self._result = None
        self._stopped = not self._pool and self._r > 0

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool, r = self._pool, self._r
        n = len(pool)
        if self._indices is None:
            self._indices = [0] * r
        else:
            indices = self._indices
            i = r - 1
            while i >= 0 and indices[i] == n - 1:
                i -= 1
            if i < 0:
                self._stopped = True
                raise StopIteration
            v = indices[i] + 1
            for j in range(i, r):
                indices[j] = v
        self._result = tuple(pool[i] for i in self._indices)
        return self._result


class permutations(_iterator):
    """permutations(iterable, r=None): r-length tuples of distinct
    positions, in lexicographic order of positions."""
    __slots__ = ('_pool', '_indices', '_cycles', '_result', '_r', '_stopped')

    def __init__(self, iterable, r=None):
        self._pool = tuple(iterable)
        n = len(self._pool)
        self._r = _r_arg(r, n)
        self._indices = list(range(n))
        self._cycles = list(range(n, n - self._r, -1))
        self._stopped = self._r > n
        self._result = None

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool, r, indices, cycles = self._pool, self._r, self._indices, self._cycles
        n = len(pool)
        if self._result is None:
            self._result = tuple(pool[i] for i in indices[:r])
            return self._result
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                self._result = tuple(pool[k] for k in indices[:r])
                return self._result
            i -= 1
        self._stopped = True
        raise StopIteration
