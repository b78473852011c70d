"""Run the per-document stages on a Dask cluster (the optional extra ``rashomon[dask]``).

    rashomon dossier reports/ -o out --dask local:4            # a local cluster of 4 processes
    rashomon dossier reports/ -o out --dask tcp://sched:8786   # an existing cluster

    >>> d = build_dossier(["reports/"], dask="local:2")          # doctest: +SKIP

Documents are read in this process (sequential I/O), cut into partitions of `PARTITION` documents and
submitted as tasks; each worker builds its `Pipeline` once and returns the analyses of its partition.
Partitions are collected in submission order, so the analyses arrive exactly in input order and the
corpus stages (`rashomon.dossier.assemble`) run on the same list as in a local run: the outputs are
identical. At most `window` partitions are in flight, so memory stays bounded whatever the corpus size.
See docs/scale.md for clusters (dask-jobqueue, Kubernetes) and large inputs.
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

PARTITION = 16  # documents per task: large enough to amortize scheduling, small enough to balance

_local = threading.local()  # one Pipeline per worker thread (stages are not assumed thread-safe)


def _pipeline() -> Any:
    p = getattr(_local, "pipeline", None)
    if p is None:
        from .pipeline import Pipeline

        p = _local.pipeline = Pipeline()
    return p


def analyze_partition(items: list[Any]) -> list[Any]:
    """Analyze one partition on a worker: documents become analyses (or E199 errors); input errors and
    reused markers pass through unchanged, in order."""
    from .dossier import _analyze_one

    pipeline = _pipeline()
    return [_analyze_one(pipeline, item) for item in items]


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise RuntimeError("--dask needs the optional extra: pip install 'rashomon[dask]'") from e
    return distributed


def connect(address: str | Any) -> tuple[Any, bool]:
    """A ``distributed.Client`` for ``address`` and whether we own it (and must close it).

    ``address`` is a running Client (used as is), ``local`` or ``local:N`` (a `LocalCluster` of N
    single-threaded worker processes, N = CPU count by default), or a scheduler address
    (``tcp://host:8786``)."""
    distributed = _import_distributed()
    if isinstance(address, distributed.Client):
        return address, False
    address = str(address)
    if address == "local" or address.startswith("local:"):
        n = int(address.partition(":")[2] or os.cpu_count() or 1)
        if n < 1:
            raise ValueError(f"--dask {address}: need at least one worker")
        cluster = distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                           dashboard_address=":0")
        client = distributed.Client(cluster)
        client._rashomon_cluster = cluster  # closed with the client
        return client, True
    return distributed.Client(address), True


def _close(client: Any) -> None:
    cluster = getattr(client, "_rashomon_cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def analyze_on_dask(items: Iterable[Any], address: str | Any, *, partition: int = PARTITION,
                    window: int | None = None) -> Iterator[Any]:
    """Analyze ``items`` (documents, input errors, reused markers) on the Dask cluster at ``address``;
    yields the results in input order. ``window`` partitions at most are in flight (default: 2 per
    worker thread)."""
    client, owned = connect(address)
    try:
        if window is None:
            threads = sum((client.nthreads() or {}).values()) or 1
            window = 2 * threads
        window = max(1, window)
        futures: deque[Any] = deque()
        for batch in _batches(items, max(1, partition)):
            futures.append(client.submit(analyze_partition, batch, pure=False))
            while len(futures) >= window:
                yield from _collect(futures.popleft())
        while futures:
            yield from _collect(futures.popleft())
    finally:
        if owned:
            _close(client)


def _collect(future: Any) -> list[Any]:
    out = future.result()
    future.release()
    return out
