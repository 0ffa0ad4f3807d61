"""Gentle live cues: during a recording, a discreet cue only when a cluster is seen — several fillers within a short
window, a pace out of the reference band for a sustained stretch, or the gaze off the camera for several seconds.

Pure and incremental: `CueTracker.update(now, words, gaze)` is fed what the live analysis produced since the last
call and returns the cues due now. Thresholds live in `app/resources/coaching/live_cues.toml` (with sources); the
band and the gaze angle come from `thresholds.toml`. The tracker only reads what it is given: it cannot change the
recording or the report.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.core.paths import resource

CONFIG = ("coaching", "live_cues.toml")
FILLERS, PACE_FAST, PACE_SLOW, GAZE = "fillers", "pace_fast", "pace_slow", "gaze"
_CLEAN = re.compile(r"[^\w']+")


@dataclass(frozen=True)
class CueConfig:
    """Cluster rules (see the TOML for sources)."""

    fillers_count: int = 3
    fillers_window_s: float = 30.0
    pace_window_s: float = 20.0
    gaze_off_s: float = 5.0
    cooldown_s: float = 30.0
    wpm_low: float = 110.0
    wpm_high: float = 170.0
    away_deg: float = 12.0


@functools.cache
def load_config() -> CueConfig:
    """The shipped cue rules, with the pace band and gaze angle of thresholds.toml."""
    with open(resource(*CONFIG), "rb") as fh:
        cues = tomllib.load(fh)
    with open(resource("thresholds.toml"), "rb") as fh:
        th = tomllib.load(fh)
    low, high = th["speech"]["wpm_band"]
    return CueConfig(int(cues["fillers_count"]), float(cues["fillers_window_s"]), float(cues["pace_window_s"]),
                     float(cues["gaze_off_s"]), float(cues["cooldown_s"]), float(low), float(high),
                     float(th["vision"]["enter_away_deg"]))


@dataclass(frozen=True)
class Cue:
    """One cue: its kind and the recording time it was raised at."""

    kind: str
    t: float


def word_key(text: str) -> str:
    """A word compared to the filler forms: lower case, punctuation removed."""
    return _CLEAN.sub("", text.lower())


class CueTracker:
    """Feed with `update`; `filler_forms` are the hesitation sounds of the language ("um", "euh", …)."""

    def __init__(self, config: CueConfig, filler_forms: Iterable[str]) -> None:
        self.cfg = config
        self.forms = {word_key(f) for f in filler_forms}
        self._fillers: deque[float] = deque()
        self._words: deque[float] = deque()  # start times of non-filler words
        self._first_word: float | None = None
        self._off_since: float | None = None
        self._last: dict[str, float] = {}
        self.cues: list[Cue] = []

    def _raise(self, kind: str, t: float) -> list[Cue]:
        group = "pace" if kind in (PACE_FAST, PACE_SLOW) else kind
        last = self._last.get(group)
        if last is not None and t - last < self.cfg.cooldown_s:
            return []
        self._last[group] = t
        cue = Cue(kind, round(t, 2))
        self.cues.append(cue)
        return [cue]

    def update(self, now: float, words: Iterable[Mapping[str, Any]] = (),
               gaze: Iterable[tuple[float, float | None]] = ()) -> list[Cue]:
        """New words ({text, start, end}) and gaze samples ((t, horizontal angle in degrees, or None when no face))
        since the last call; returns the cues raised now."""
        out: list[Cue] = []
        for w in words:
            start = float(w["start"])
            if word_key(str(w["text"])) in self.forms:
                self._fillers.append(start)
            else:
                self._words.append(start)
                if self._first_word is None:
                    self._first_word = start
        cfg = self.cfg
        while self._fillers and self._fillers[0] < now - cfg.fillers_window_s:
            self._fillers.popleft()
        if len(self._fillers) >= cfg.fillers_count:
            raised = self._raise(FILLERS, now)
            if raised:
                self._fillers.clear()  # the next cue needs a new cluster
            out += raised
        out += self._pace(now)
        for t, angle in gaze:
            if angle is None:  # no face seen: neither on nor off camera
                continue
            if abs(angle) > cfg.away_deg:
                self._off_since = t if self._off_since is None else self._off_since
                if t - self._off_since > cfg.gaze_off_s:
                    raised = self._raise(GAZE, t)
                    if raised:
                        self._off_since = None
                    out += raised
            else:
                self._off_since = None
        return out

    def _pace(self, now: float) -> list[Cue]:
        cfg = self.cfg
        window = cfg.pace_window_s
        while self._words and self._words[0] < now - window:
            self._words.popleft()
        if self._first_word is None or now - self._first_word < window:
            return []
        wpm = len(self._words) * 60.0 / window
        kind = PACE_FAST if wpm > cfg.wpm_high else PACE_SLOW if wpm < cfg.wpm_low else None
        if kind is None:
            return []
        # the window itself spans pace_window_s: out of band over a full window is the sustained stretch asked for
        return self._raise(kind, now)
