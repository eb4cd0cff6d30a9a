"""Compressing and hashing an export's payload on a second thread.

SQLite serialises the log in one thread while this one deflates and hashes
what it has written so far: both cores work on a big export.
"""

from __future__ import annotations

import hashlib
import queue
import threading
import zlib


class Compressor:
    """zlib level 1 and SHA-256 on a worker thread, fed through a short queue."""

    def __init__(self, out):
        self.out = out
        self.digest = hashlib.sha256()
        self.size = 0
        self.queue: queue.Queue = queue.Queue(maxsize=4)
        self.error: BaseException | None = None
        self.worker = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Compressor:
        self.worker.start()
        return self

    def put(self, block: bytes) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put(block)

    def __exit__(self, exc_type, exc, tb) -> None:
        self.queue.put(None)
        self.worker.join()
        if self.error is not None and exc_type is None:
            raise self.error

    def _run(self) -> None:
        squeeze = zlib.compressobj(1)
        try:
            while (block := self.queue.get()) is not None:
                self._emit(squeeze.compress(block))
            self._emit(squeeze.flush())
        except BaseException as exc:  # reported by put() or __exit__ in the caller's thread
            self.error = exc
            while self.queue.get() is not None:
                pass

    def _emit(self, data: bytes) -> None:
        if data:
            self.digest.update(data)
            self.out.write(data)
            self.size += len(data)
