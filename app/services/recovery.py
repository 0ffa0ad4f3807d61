"""Startup recovery (also `rebond sessions recover`): storage marks, media repair, analysis re-queued."""

from __future__ import annotations

import logging

from app.media.remux import repair
from app.storage.models import RecoveryResult
from app.storage.store import Store

log = logging.getLogger(__name__)


def recover(store: Store) -> RecoveryResult:
    """Mark answers cut by a crash, repair their partial recordings (stream copy) so they play with a duration,
    and return what was found. Answers whose analysis was cut are back in `queued`: the caller queues them."""
    result = store.recover()
    for answer in result.interrupted:
        if answer.media and answer.media.exists() and answer.media.stat().st_size > 0:
            try:
                kept = repair(answer.media)
                store.set_status(answer.id, answer.status, error=answer.error, duration_s=round(kept, 3))
                answer.duration_s = round(kept, 3)
            except Exception:  # a repair failure must not stop the app from starting
                log.exception("could not repair %s", answer.media)
    return result
