"""Ray scale-out: the pipeline loaded once in each of N workers, batches streamed to them and
their results back to the one writer in order, so the store ends as a single-process ingest
leaves it. Ray is the optional extra `tidings[scale]`."""

from __future__ import annotations

import logging
import socket
from collections import deque
from collections.abc import Iterable, Iterator, Sequence

from tidings.corpus.ingest import Parsed, Reading
from tidings.corpus.readers import Entry

INSTALL = "--workers needs Ray: pip install 'tidings[scale]'"
IN_FLIGHT = 2  # batches queued per worker: one running, one waiting, so no worker idles
BEHIND = 4  # batches per worker that may finish before an earlier one is written
# One thread per worker process: N workers on N cores, not N × (BLAS threads) fighting over them.
ONE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")}
OBJECT_STORE_BYTES = 256 * 1024**2  # batches and records are small; Ray's default takes 30% of memory
RESTARTS = 3  # times Ray starts a worker again after it dies (its batch becomes error rows)
REACH_SECONDS = 5.0  # a cluster address that does not answer in this time is refused


class ScaleError(RuntimeError):
    """Ray is missing or cannot start; the message says what to do in one line."""


class Worker:
    """One Ray actor: the pipeline, loaded once."""

    def __init__(self, components: Sequence[str] | None, strict: bool) -> None:
        from tidings.pipeline import Pipeline

        pipeline = Pipeline(strict=strict) if components is None else Pipeline(components=components, strict=strict)
        self.reading = Reading(pipeline)

    def read(self, entries: list[Entry]) -> list[Parsed]:
        return self.reading(entries)

    def usage(self) -> dict[str, float]:
        """This worker's peak resident memory and processor seconds so far."""
        import time

        from tidings.bench.memory import peak_rss_mb

        return {"peak_rss_mb": peak_rss_mb(), "cpu_s": round(time.process_time(), 2)}


class RayEngine:
    """`workers` Ray actors on a local Ray cluster started here, or on the cluster at
    `address` ("auto" for the one this machine belongs to), each with a Pipeline of
    `components` (all by default). Close it to stop them."""

    def __init__(self, workers: int, address: str | None = None, components: Sequence[str] | None = None, strict: bool = False) -> None:
        try:
            import ray
        except ImportError:
            raise ScaleError(INSTALL) from None
        if workers < 1:
            raise ScaleError(f"--workers must be at least 1, not {workers}")
        self._ray = ray
        if address is not None:
            _check_reachable(address)
        try:
            if address is None:
                ray.init(num_cpus=workers, include_dashboard=False, logging_level=logging.WARNING,
                         object_store_memory=OBJECT_STORE_BYTES, runtime_env={"env_vars": ONE_THREAD})
            else:
                ray.init(address=address, logging_level=logging.WARNING, runtime_env={"env_vars": ONE_THREAD})
        except (ConnectionError, RuntimeError, ValueError) as error:
            raise ScaleError(f"cannot start Ray{f' at {address}' if address else ''}: {error}") from None
        actor = ray.remote(num_cpus=1, max_restarts=RESTARTS)(Worker)
        self.actors = [actor.remote(components, strict) for _ in range(workers)]

    def map(self, batches: Iterable[list[Entry]]) -> Iterator[list[Parsed]]:
        """Each batch goes to the least busy worker with room (fewer than IN_FLIGHT batches
        unfinished), so a worker given long articles is not handed more while another idles;
        results come back in the order the batches went, at most BEHIND per worker late."""
        ray = self._ray
        order: deque = deque()  # (reference, batch), as sent
        running: list[set] = [set() for _ in self.actors]  # each worker's unfinished batches
        for batch in batches:
            self._finished(running, wait=False)
            while all(len(refs) >= IN_FLIGHT for refs in running):
                self._finished(running, wait=True)
            worker = min(range(len(running)), key=lambda i: len(running[i]))
            reference = self.actors[worker].read.remote(batch)
            running[worker].add(reference)
            order.append((reference, batch))
            while order and (len(order) > BEHIND * len(self.actors) or ray.wait([order[0][0]], timeout=0)[0]):
                yield self._result(*order.popleft())
        while order:
            yield self._result(*order.popleft())

    def _finished(self, running: list[set], wait: bool) -> None:
        """Forget the batches that are done (waiting for one, if `wait`)."""
        unfinished = [reference for references in running for reference in references]
        if not unfinished:
            return
        if wait:
            done, _ = self._ray.wait(unfinished, num_returns=1)
        else:
            done, _ = self._ray.wait(unfinished, num_returns=len(unfinished), timeout=0)
        for references in running:
            references.difference_update(done)

    def _result(self, reference, batch: list[Entry]) -> list[Parsed]:
        """A batch's results; if its worker died on it, each of its articles an error."""
        try:
            return self._ray.get(reference)
        except self._ray.exceptions.RayActorError as error:
            reason = f"the Ray worker died reading its batch ({type(error).__name__})"
            return [Parsed(entry.source, entry.article.id, error=reason) for entry in batch]

    def usage(self) -> list[dict[str, float]]:
        """Each worker's peak resident memory and processor seconds so far (waiting, if need
        be, until every worker has loaded its pipeline)."""
        return self._ray.get([actor.usage.remote() for actor in self.actors])

    def close(self) -> None:
        for actor in self.actors:
            self._ray.kill(actor)
        self._ray.shutdown()


def _check_reachable(address: str) -> None:
    """Refuse a cluster address (HOST:PORT) that does not answer, in one line, rather than let
    Ray retry it for minutes; "auto" and other forms are left to Ray."""
    host, _, port = address.removeprefix("ray://").rpartition(":")
    if not host or not port.isdigit():
        return
    try:
        socket.create_connection((host, int(port)), timeout=REACH_SECONDS).close()
    except OSError as error:
        raise ScaleError(f"cannot reach the Ray cluster at {address}: {error.strerror or error}") from None
