"""What the server is started with."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

MAX_BODY_BYTES = 10 * 2**20  # 10 MB: far above any article (tidings reads at most 1M characters)


@dataclass(frozen=True)
class Settings:
    db: Path  # the store, made if missing
    token: str | None = None  # the bearer token writes need; None: writes are off
    public_reads: bool = True  # False: reads need the token too
    max_body_bytes: int = MAX_BODY_BYTES
