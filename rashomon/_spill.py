"""Disk-backed sequences, so that a run holds its analyses, claims and documents on disk, not in memory.

`Spill` is an append-only list of picklable objects in a temporary file: memory holds about 4
bytes an item (its offset). Iteration reads the file sequentially; indexing seeks. Items are copies: changing
one that was read back changes nothing on disk (`replace` writes a new version). With ``block=N``, items
are pickled N at a time into one pickle stream (their classes and shared strings written once): a pass
reads them back ~1.7x faster, but reading one item alone decodes those before it in its block, so only
spills read in passes take blocks.

`SpillMap` is a read-only mapping from keys to items of a `Spill` (the documents of a run by id), with
a small cache of the most recently read items.

`sorted_spilled` sorts more items than memory should hold: sorted runs wait in temporary files and
are merged as they are read (an external merge sort).

    >>> s = Spill()
    >>> s.extend([{"a": 1}, {"b": 2}])
    >>> len(s), s[1], list(s)
    (2, {'b': 2}, [{'a': 1}, {'b': 2}])
"""

from __future__ import annotations

import contextlib
import copyreg
import dataclasses
import heapq
import io
import os
import pickle
import sys
import tempfile
import weakref
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import count, islice
from operator import attrgetter
from typing import IO, Any, TypeVar

T = TypeVar("T")
_HEADER = 8  # bytes of length before each pickled item
_BLOCK = 1 << 18  # bytes read at once when a spill is iterated
_SMALL = 4096  # bytes read at once for one item (a larger one takes a second read)
_BLOCK_READ = 8192  # bytes read at once for an item of a spill of blocks (a block's items before it too)
_BLOCK_BYTES = 16_384  # pickled bytes after which a spill's block of items ends (``Spill(block=)``)
BLOCK = 32  # items a block, for the spills read in passes (the events, the timeline)


@lru_cache(maxsize=1)
def _dispatch_table() -> dict[type, Callable[[Any], Any]]:
    """Reducers for the model's and documents' dataclasses: ``(cls, field values)``, rebuilt by the
    generated ``__init__`` (the default for a slotted dataclass, ``__setstate__``, calls
    `dataclasses.fields` and sets each field from Python: several times slower to read back)."""
    from . import document, model

    table: dict[type, Callable[[Any], Any]] = dict(copyreg.dispatch_table)
    for mod in (model, document):
        for cls in vars(mod).values():
            if not (isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == mod.__name__):
                continue
            fs = dataclasses.fields(cls)
            if not fs or any(not f.init for f in fs) or hasattr(cls, "__post_init__"):
                continue
            get = attrgetter(*(f.name for f in fs))
            if len(fs) == 1:
                table[cls] = lambda o, c=cls, g=get: (c, (g(o),))
            else:
                table[cls] = lambda o, c=cls, g=get: (c, g(o))
    return table


class _Encoder:
    """``pickle.dumps`` with `_dispatch_table`, one pickler reused (its memo cleared per item) until a
    large item: clearing the memo wipes its whole table, which never shrinks, so a new pickler follows."""

    _LARGE = 16_384  # bytes of an item after which the pickler is replaced

    def __init__(self) -> None:
        self.backings: set[Spill[Any]] = set()  # spills whose `Chunked` lists were written as references
        self._table = {**_dispatch_table(), Chunked: self._chunked}
        self._new()

    def _new(self) -> None:
        self._buf = io.BytesIO()
        self._p = pickle.Pickler(self._buf, protocol=pickle.HIGHEST_PROTOCOL)
        self._p.dispatch_table = self._table
        self._dirty = False

    def _chunked(self, c: Chunked[Any]) -> tuple[Any, tuple[Any, ...]]:
        """A `Chunked` list as a reference to its chunks; their spill then lives as long as this one."""
        self.backings.add(c._spill)
        return _chunked_ref(c)

    def dumps(self, item: Any, fresh: bool = True) -> bytes:
        """``item`` pickled; with ``fresh=False``, after the items since the last fresh one (one stream:
        its memo refers to theirs, so it is read back after them, by the same unpickler)."""
        if self._dirty:
            self._buf.seek(0)
            self._buf.truncate()
            if fresh:
                self._p.clear_memo()
        self._p.dump(item)
        data = self._buf.getvalue()
        if len(data) > self._LARGE:
            self._new()
        else:
            self._dirty = True
        return data


class _Offsets:
    """Where each item of a spill starts in its file, in about 4 bytes an item (not 8): a 64-bit base
    every `_STEP` items and a 32-bit distance from it per item. An offset too far from its base (an
    item `Spill.replace` rewrote at the end of a large file) is kept in a dict instead."""

    _SHIFT = 8
    _STEP = 1 << _SHIFT
    _FAR = 0xFFFFFFFF  # marks an offset kept in ``far``

    def __init__(self) -> None:
        self.bases = array("q")
        self.rel = array("I")
        self.far: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self.rel)

    def append(self, at: int) -> None:
        i = len(self.rel)
        if not i % self._STEP:
            self.bases.append(at)
        self.rel.append(0)
        self[i] = at

    def __setitem__(self, i: int, at: int) -> None:
        d = at - self.bases[i >> self._SHIFT]
        if 0 <= d < self._FAR:
            self.rel[i] = d
            self.far.pop(i, None)
        else:
            self.rel[i] = self._FAR
            self.far[i] = at

    def __getitem__(self, i: int) -> int:
        if i < 0:
            i += len(self.rel)
        d = self.rel[i]  # IndexError past the end, as a list
        return self.bases[i >> self._SHIFT] + d if d != self._FAR else self.far[i]


_GONE = object()  # an item of a decoded block already handed out
_FIRST = 1 << 63  # in an item's length: the item starts a block (``Spill(block=)``)
_PROTO = b"\x80" + bytes([pickle.HIGHEST_PROTOCOL])
_OPEN = _PROTO + pickle.MARK  # a block's items read back as one pickle: MARK, their opcodes, LIST, STOP
_CLOSE = pickle.LIST + pickle.STOP


def _opcodes(data: bytes) -> bytes:
    """A pickle's opcodes without its PROTO, its first FRAME and its STOP: an item of a block, pickled
    after the block's items before it (the same pickler, memo kept: its memo entries number on)."""
    return data[11:-1] if data[2] == 0x95 else data[2:-1]


class Spill(Sequence[T]):
    """An append-only, disk-backed list (see the module docstring; memory: about 4 bytes an item,
    its offset in the file, see `_Offsets`). The file is deleted on `close`,
    when the spill is garbage-collected, or at exit; ``dir`` chooses where it lives (default: TMPDIR).

    ``block``: items pickled together (up to `_BLOCK_BYTES` of pickle), by one pickler whose memo runs
    on through the block: the block is read back as one pickle of the list of its items (its classes and
    shared strings written and looked up once), ~1.7x faster than item by item. An item keeps the offset
    of its block and its place in it (one more byte); reading an item alone decodes the items before it
    in its block; the last block decoded is kept for the next read, each of its items handed out once (a
    second read decodes again: items stay copies). An object pickled in an item of a block is written
    by reference in the block's next items: an item must not be changed and appended again while its
    block is open (appending copies it), and the items of a block read back share what they shared
    when written. `replace` writes a block of its own."""

    def __init__(self, items: Iterable[T] = (), *, dir: str | None = None, block: int = 1) -> None:
        if not 1 <= block <= 255:
            raise ValueError("block: 1 to 255 items")
        fd, self.path = tempfile.mkstemp(prefix="rashomon-spill-", suffix=".bin", dir=dir)
        self._f = os.fdopen(fd, "w+b")
        os.unlink(self.path)  # the open handle keeps the data; nothing is left behind on a crash
        self._offsets = _Offsets()  # per item: where its block starts (its own offset when block == 1)
        self._nth = array("B") if block > 1 else None  # per item: its place in its block
        self._block = block
        self._open = 0  # items in the block being written (0: the next item starts a block)
        self._open_at = self._open_bytes = 0
        self._last: tuple[int, list[Any]] | None = None  # the last block decoded for a read by position
        self._end = 0
        self._writing = True
        self._enc = _Encoder()
        self.extend(items)

    def __len__(self) -> int:
        return len(self._offsets)

    def append(self, item: T) -> None:
        if self._nth is None:
            self._offsets.append(self._write(item))
            return
        fresh = not self._open
        data = self._enc.dumps(item, fresh=fresh)  # a fresh block clears the memo
        at = self._put(_opcodes(data), _FIRST if fresh else 0)
        if fresh:
            self._open_at, self._open_bytes = at, 0
        self._offsets.append(self._open_at)
        self._nth.append(self._open)
        self._open += 1
        self._open_bytes += len(data)
        if self._open >= self._block or self._open_bytes >= _BLOCK_BYTES or len(data) > _Encoder._LARGE:
            self._close_block()

    def _close_block(self) -> None:
        if self._open_bytes > _Encoder._LARGE:
            self._enc._new()  # a long block grew the memo's table, which never shrinks
        self._open = 0

    def extend(self, items: Iterable[T]) -> None:
        for item in items:
            self.append(item)

    def replace(self, i: int, item: T) -> None:
        """Store ``item`` as the ``i``-th item (its old version stays in the file, unreferenced; in a
        spill of blocks, the replacement is a block of its own)."""
        i = i if i >= 0 else len(self) + i
        if self._nth is None:
            self._offsets[i] = self._write(item)
            return
        self._close_block()
        self._offsets[i] = self._put(_opcodes(self._enc.dumps(item)), _FIRST)
        self._nth[i] = 0

    def _write(self, item: T) -> int:
        return self._put(self._enc.dumps(item))

    def _put(self, data: bytes, flag: int = 0) -> int:
        if not self._writing:
            self._f.seek(self._end)
            self._writing = True
        at = self._end
        self._f.write((len(data) | flag).to_bytes(_HEADER, "little"))
        self._f.write(data)
        self._end += _HEADER + len(data)
        return at

    def _pread(self, at: int, size: int) -> bytes:
        if self._writing:
            self._f.flush()  # written bytes reach the file before they are read
            self._writing = False
        return os.pread(self._f.fileno(), size, at)

    def _read(self, at: int) -> T:
        """The item at offset ``at``: one positional read of `_SMALL` bytes covers most items."""
        if self._writing:
            self._f.flush()
            self._writing = False
        data = os.pread(self._f.fileno(), _SMALL, at)
        n = int.from_bytes(data[:_HEADER], "little")
        if _HEADER + n > len(data):
            data = os.pread(self._f.fileno(), _HEADER + n, at)
        return pickle.loads(data[_HEADER:_HEADER + n])

    def _decode(self, at: int, buf: bytes, start: int, upto: int = 255,
                size: int = _BLOCK_READ) -> tuple[list[Any], bytes, int]:
        """The items of the block at offset ``at`` (the first ``upto`` + 1 at most), as one pickle;
        ``buf`` holds the file from ``start`` on (read again from ``at`` when the block lies past it).
        Returns them with the buffer read."""
        frombytes, end = int.from_bytes, self._end
        while True:
            pos = at - start
            if pos < 0:
                buf, start, pos = self._pread(at, size), at, 0
            parts = [_OPEN]
            while len(parts) <= upto + 1:
                h = pos + _HEADER
                if h > len(buf):
                    if start + pos >= end:
                        break  # the end of the file: the last block (perhaps still open) ends there
                    break_for_more = True
                else:
                    n = frombytes(buf[pos:h], "little")
                    if n & _FIRST and len(parts) > 1:
                        break  # the next block
                    n &= ~_FIRST
                    break_for_more = h + n > len(buf)
                if break_for_more:  # read the block again from its start, with room for this item
                    need = start + h + (0 if h > len(buf) else n) - at
                    buf, start = self._pread(at, max(size, 2 * need)), at
                    if len(buf) < min(need, end - at):
                        raise EOFError("a spilled item is cut short")
                    parts = None
                    break
                parts.append(buf[h:h + n])
                pos = h + n
            if parts is not None:
                break
        parts.append(_CLOSE)
        return pickle.loads(b"".join(parts)), buf, start

    def _get(self, i: int) -> T:
        at = self._offsets[i]
        if self._nth is None:
            return self._read(at)
        k = self._nth[i]
        last = self._last
        if last is None or last[0] != at or k >= len(last[1]) or last[1][k] is _GONE:
            last = self._last = (at, self._decode(at, b"", 0, k)[0])
        items = last[1]
        item, items[k] = items[k], _GONE  # handed out once: items are copies
        return item

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self._get(j) for j in range(*i.indices(len(self)))]
        return self._get(i)

    def __iter__(self) -> Iterator[T]:
        yield from self._iter_at(range(len(self._offsets)))  # items appended while iterating are not visited

    def _iter_at(self, positions: Iterable[int]) -> Iterator[T]:
        """The items at ``positions``, read from the file in blocks of `_BLOCK` bytes (positional reads,
        which leave the file's position alone) rather than two reads and a seek per item: fast when the
        positions mostly follow the file's order."""
        if self._nth is not None:
            yield from self._iter_blocks(positions)
            return
        fd = self._f.fileno()
        buf, start, loads = b"", 0, pickle.loads
        offsets = self._offsets
        bases, rel, far, shift, marked = offsets.bases, offsets.rel, offsets.far, offsets._SHIFT, offsets._FAR
        for i in positions:
            d = rel[i]  # `_Offsets.__getitem__`, inline: this loop reads every item of a pass
            at = bases[i >> shift] + d if d != marked else far[i]
            k = at - start
            if k < 0 or k + _HEADER > len(buf):
                self._f.flush()  # written bytes reach the file before they are read (append-only: no stale block)
                buf, start, k = os.pread(fd, _BLOCK, at), at, 0
            n = int.from_bytes(buf[k:k + _HEADER], "little")
            k += _HEADER
            if k + n > len(buf):  # an item larger than what is left of the block: read it whole
                buf, start, k = os.pread(fd, max(_BLOCK, _HEADER + n), at), at, _HEADER
            yield loads(buf[k:k + n])

    def _iter_blocks(self, positions: Iterable[int]) -> Iterator[T]:
        """`_iter_at` for a spill of blocks: each block met decoded whole, from a window of the file read
        `_BLOCK` bytes at a time; an item asked for twice (or a block left and met again) decodes its
        block again."""
        offsets, nth = self._offsets, self._nth
        bases, rel, far, shift, marked = offsets.bases, offsets.rel, offsets.far, offsets._SHIFT, offsets._FAR
        buf, start, cur = b"", 0, -1
        items: list[Any] = []
        for i in positions:
            d = rel[i]  # `_Offsets.__getitem__`, inline: this loop reads every item of a pass
            at = bases[i >> shift] + d if d != marked else far[i]
            k = nth[i]  # type: ignore[index]
            if at != cur or k >= len(items) or items[k] is _GONE:
                items, buf, start = self._decode(at, buf, start, size=_BLOCK)
                cur = at
            item, items[k] = items[k], _GONE
            yield item

    def __bool__(self) -> bool:
        return bool(self._offsets)

    def __repr__(self) -> str:
        return f"<Spill of {len(self)} items, {self._end:,} bytes>"

    def close(self) -> None:
        if not self._f.closed:
            self._f.close()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):  # at interpreter shutdown anything may be gone
            self.close()

    def __reduce__(self):  # a spill crosses process boundaries as the list it stands for
        return list, (list(self),)


class Reordered(Sequence[T]):
    """A read-only view of a sequence (a `Spill`) in another order: ``view[k]`` is ``base[order[k]]``.
    Sorting a spilled sequence this way keeps only the order (8 bytes an item) in memory."""

    def __init__(self, base: Sequence[T], order: Iterable[int]) -> None:
        self._base = base
        self._order = array("q", order)

    def __len__(self) -> int:
        return len(self._order)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self._base[self._order[j]] for j in range(*i.indices(len(self)))]
        return self._base[self._order[i]]

    def __iter__(self) -> Iterator[T]:
        for j in self._order:
            yield self._base[j]

    def __bool__(self) -> bool:
        return bool(self._order)

    def __reduce__(self):
        return list, (list(self),)


class SpillMap(Mapping[str, T]):
    """A read-only mapping ``key -> item`` over a `Spill` (keys in insertion order), with a cache of the
    `cache` most recently read items; ``items`` of a key given twice: the last one wins."""

    def __init__(self, cache: int = 64, *, dir: str | None = None, head: Callable[[T], Any] | None = None,
                 head_cache: int = 4096) -> None:
        self._spill: Spill[T] = Spill(dir=dir)
        self._index: dict[str, int] = {}
        self._cache: OrderedDict[str, T] = OrderedDict()
        self._size = cache
        # ``head``: a small summary of each item, spilled beside it, read by `heads` without the item
        self._head = head
        self._heads: Spill[Any] | None = Spill(dir=dir) if head is not None else None
        self._head_cache: OrderedDict[str, Any] = OrderedDict()
        self._head_size = head_cache

    def put(self, key: str, item: T) -> None:
        if type(key) is str:
            key = sys.intern(key)  # one string object for a document's id wherever a stage keeps it
        if key in self._index:
            self._spill.replace(self._index[key], item)
            self._cache.pop(key, None)
            if self._heads is not None:
                self._heads.replace(self._index[key], self._head(item))  # type: ignore[misc]
                self._head_cache.pop(key, None)
        else:
            self._index[key] = len(self._spill)
            self._spill.append(item)
            if self._heads is not None:
                self._heads.append(self._head(item))  # type: ignore[misc]

    @property
    def has_heads(self) -> bool:
        return self._heads is not None

    def heads(self) -> Mapping[str, Any]:
        """The mapping ``key -> head(item)`` (``head`` given at creation), read from the heads' spill."""
        if self._heads is None:
            raise TypeError("this SpillMap keeps no heads")
        return _Heads(self)

    def _get_head(self, key: str) -> Any:
        hit = self._head_cache.get(key)
        if hit is not None:
            self._head_cache.move_to_end(key)
            return hit
        h = self._heads[self._index[key]]  # type: ignore[index]
        self._head_cache[key] = h
        if len(self._head_cache) > self._head_size:
            self._head_cache.popitem(last=False)
        return h

    def __getitem__(self, key: str) -> T:
        hit = self._cache.get(key)
        if hit is not None:
            self._cache.move_to_end(key)
            return hit
        item = self._spill[self._index[key]]
        self._cache[key] = item
        if len(self._cache) > self._size:
            self._cache.popitem(last=False)
        return item

    def __contains__(self, key: object) -> bool:
        return key in self._index

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def values(self):  # type: ignore[override]  # sequential: one read pass over the file
        return _Values(self)

    def items(self):  # type: ignore[override]
        return zip(self._index, self.values(), strict=True)

    def __reduce__(self):
        return dict, (dict(self.items()),)


class _Heads(Mapping[str, Any]):
    def __init__(self, m: SpillMap) -> None:
        self.m = m

    def __getitem__(self, key: str) -> Any:
        return self.m._get_head(key)

    def __contains__(self, key: object) -> bool:
        return key in self.m._index

    def __iter__(self) -> Iterator[str]:
        return iter(self.m._index)

    def __len__(self) -> int:
        return len(self.m._index)

    def values(self):  # type: ignore[override]  # sequential: one read pass over the heads' file
        return _Values(self.m, heads=True)


class _Values:
    def __init__(self, m: SpillMap, *, heads: bool = False) -> None:
        self.m = m
        self.spill = m._heads if heads else m._spill

    def __iter__(self) -> Iterator[Any]:
        # insertion order is file order: a sequential read
        yield from self.spill._iter_at(self.m._index.values())  # type: ignore[union-attr]

    def __len__(self) -> int:
        return len(self.m)


@lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        import ctypes

        return ctypes.CDLL(None).malloc_trim  # glibc
    except (OSError, AttributeError, ImportError, TypeError):  # no libc by that name, or no malloc_trim
        return None


def release_memory() -> None:
    """Hand the C heap's free pages back to the system (glibc's ``malloc_trim``; elsewhere nothing).

    Large transient buffers (copy detection's numpy arrays, a stage's lists and strings) are freed
    inside the heap, which keeps their pages resident: without this, the memory a run keeps after a
    corpus stage grows with the size of that stage's transient arrays, i.e. with the corpus."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def sorted_spilled(items: Iterable[T], key: Callable[[T], Any], *, run: int = 20_000, fanin: int = 128,
                   dir: str | None = None) -> Iterator[T]:
    """``sorted(items, key=key)``, one item at a time, holding at most ``run`` items in memory.

    Items are sorted in runs of ``run``, each written to a temporary file, and the runs are merged
    (`heapq.merge`) as the result is read; past ``fanin`` runs, the first ``fanin`` are merged into one
    first, so few files are open at once. Stable, like `sorted`: items of equal keys keep their order.

        >>> list(sorted_spilled([3, 1, 2, 1], key=lambda x: x, run=2))
        [1, 1, 2, 3]
    """
    runs: list[IO[bytes]] = []
    it = iter(items)
    while chunk := list(islice(it, run)):
        chunk.sort(key=key)
        runs.append(_write_run(chunk, dir))
        del chunk
        if len(runs) > fanin:  # keep the merge's open files and read buffers bounded
            runs.insert(0, _write_run(heapq.merge(*map(_read_run, runs[:fanin]), key=key), dir))
            del runs[1:fanin + 1]
    if len(runs) == 1:
        return _read_run(runs[0])
    return heapq.merge(*map(_read_run, runs), key=key)


_BATCH = 64  # items pickled together in a run file: fewer, larger pickles, little held while merging


def _write_run(items: Iterable[Any], dir: str | None) -> IO[bytes]:
    f = tempfile.TemporaryFile(prefix="rashomon-run-", dir=dir)  # noqa: SIM115 (returned open: read later)
    it = iter(items)
    enc = _Encoder()
    while batch := list(islice(it, _BATCH)):
        f.write(enc.dumps(batch))
    f.seek(0)
    return f


def _read_run(f: IO[bytes]) -> Iterator[Any]:
    with f:  # the file (already unlinked) goes when read to the end or dropped
        while True:
            try:
                batch = pickle.load(f)
            except EOFError:
                return
            yield from batch


class PackedStrings(Sequence[str]):
    """A read-only list of strings kept as one ``bytes`` object when they are all ASCII and of one length
    (ids such as ``q8f7ba8ecd7bc``: 13 bytes each, not a string object and a pointer, ~70), else as a list.

        >>> ids = PackedStrings(["qa1", "qb2"])
        >>> len(ids), ids[1], list(ids), ids[-1]
        (2, 'qb2', ['qa1', 'qb2'], 'qb2')
    """

    def __init__(self, items: Iterable[str]) -> None:
        self._list: list[str] | None = None
        self._width = -1
        packed = bytearray()
        n = 0
        for s in items:
            if self._list is not None:
                self._list.append(s)
                continue
            if self._width < 0:
                self._width = len(s)
            if type(s) is str and len(s) == self._width and s.isascii():
                packed += s.encode("ascii")
                n += 1
            else:  # not packable: a list after all
                w = self._width
                self._list = [packed[i * w:(i + 1) * w].decode("ascii") for i in range(n)] + [s]
                packed = bytearray()
        self._packed = bytes(packed)
        self._n = n

    def __len__(self) -> int:
        return len(self._list) if self._list is not None else self._n

    def __getitem__(self, i):  # type: ignore[override]
        if self._list is not None:
            return self._list[i]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._n))]
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError(i)
        w = self._width
        return self._packed[i * w:(i + 1) * w].decode("ascii")

    def __iter__(self) -> Iterator[str]:
        if self._list is not None:
            yield from self._list
            return
        w, p = self._width, self._packed
        for i in range(self._n):
            yield p[i * w:(i + 1) * w].decode("ascii")

    def __reduce__(self):
        return list, (list(self),)

    def repeated(self) -> set[str]:
        """The strings that occur more than once (usually none), found without a set of all of them."""
        if self._list is not None:
            from collections import Counter

            return {s for s, n in Counter(self._list).items() if n > 1}
        if not self._n:
            return set()
        import numpy as np

        keys, counts = np.unique(np.frombuffer(self._packed, dtype=f"S{self._width}"), return_counts=True)
        return {k.decode("ascii") for k in keys[counts > 1]}


CHUNK = 512  # items of a `Chunked` list per item of its spill
_BACKING: weakref.WeakValueDictionary[int, Spill[Any]] = weakref.WeakValueDictionary()
_TOKENS = count(1)


class Chunked(Sequence[T]):
    """A long list kept in a `Spill`, `CHUNK` items per spilled item: iterable (one sequential read) and
    indexable, holding in memory only where its chunks are. Equal to a list of the same items. Pickled
    (or copied) it is that list; inside a spill item (a question waiting on disk) it is a reference to
    its chunks, valid while their spill is alive (keep a reference to it: `Chunked.write`'s ``spill``).

        >>> s = Spill()
        >>> c = Chunked.write(s, range(1000))
        >>> len(c), c[999], c[-2], sum(c), c == list(range(1000)), len(s)
        (1000, 999, 998, 499500, True, 2)
    """

    __slots__ = ("_spill", "_first", "_chunks", "_len", "_size")

    def __init__(self, spill: Spill[list[T]], first: int, chunks: int, n: int, size: int = CHUNK) -> None:
        self._spill, self._first, self._chunks, self._len, self._size = spill, first, chunks, n, size

    @classmethod
    def write(cls, spill: Spill[Any], items: Iterable[T], size: int = CHUNK) -> Chunked[T]:
        """``items``, appended to ``spill`` ``size`` at a time (never held whole; a list of large items,
        e.g. each holding a list, takes a smaller ``size``)."""
        first, n, buf = len(spill), 0, []
        for x in items:
            buf.append(x)
            n += 1
            if len(buf) == size:
                spill.append(buf)
                buf = []
        if buf:
            spill.append(buf)
        return cls(spill, first, len(spill) - first, n, size)

    def __len__(self) -> int:
        return self._len

    def __iter__(self) -> Iterator[T]:
        for chunk in self._spill._iter_at(range(self._first, self._first + self._chunks)):
            yield from chunk

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return list(self)[i]
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError(i)
        return self._spill[self._first + i // self._size][i % self._size]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, (list, Chunked)):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # equal to a list: not hashable, as a list

    def __repr__(self) -> str:
        return f"<Chunked list of {self._len} items>"

    def __reduce__(self):
        return list, (list(self),)


def _chunked_ref(c: Chunked[Any]) -> tuple[Any, tuple[Any, ...]]:
    token = c._spill.__dict__.get("_token")
    if token is None:
        token = c._spill._token = next(_TOKENS)  # type: ignore[attr-defined]
        _BACKING[token] = c._spill
    return _chunked_at, (token, c._first, c._chunks, c._len, c._size)


def _chunked_at(token: int, first: int, chunks: int, n: int, size: int = CHUNK) -> Chunked[Any]:
    spill = _BACKING.get(token)
    if spill is None:
        raise LookupError("a spilled list's chunks are gone (their spill was closed)")
    return Chunked(spill, first, chunks, n, size)


def forget_cached(m: Any) -> None:
    """Empty the caches of recently read items and heads of ``m`` when it is a `SpillMap` (else nothing):
    after a stage that read many, so that what they hold does not stay scattered over the heap."""
    if isinstance(m, SpillMap):
        m._cache.clear()
        m._head_cache.clear()
