"""Heap queues: a list kept so that a[k] <= a[2*k+1] and a[k] <= a[2*k+2]."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def heappush(heap, item):
    """Pushes item onto heap, keeping it a heap."""
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pops the smallest item off heap."""
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return item
    return last


def heapreplace(heap, item):
    """Pops the smallest item, then pushes item (the heap never shrinks)."""
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    """Pushes item, then pops the smallest: faster than the two calls."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Makes list x a heap, in place, in linear time."""
    n = len(x)
    for i in range(n // 2 - 1, -1, -1):
        _siftup(x, i)


def _siftdown(heap, startpos, pos):
    # moves the item at pos up towards startpos until its parent is not larger
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    # moves the smaller child up until a leaf, then the item back down into place
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted list of their items (stable: earlier inputs first)."""
    entries = []
    for order, it in enumerate(iterables):
        for value in it:
            k = value if key is None else key(value)
            entries.append((k, order, value))
    if reverse:
        entries.sort(key=lambda e: (_Reversed(e[0]), e[1]))
    else:
        entries.sort(key=lambda e: (e[0], e[1]))
    return iter([e[2] for e in entries])


class _Reversed:
    """Orders like its value, backwards (for merge(reverse=True))."""

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return other.v < self.v

    def __eq__(self, other):
        return self.v == other.v


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first (equal items in input order)."""
    items = list(iterable)
    if n <= 0:
        return []
    if key is None:
        return sorted(items)[:n]
    return sorted(items, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items, largest first (equal items in input order)."""
    items = list(iterable)
    if n <= 0:
        return []
    if key is None:
        return sorted(items, reverse=True)[:n]
    return sorted(items, key=key, reverse=True)[:n]
