"""Streaming speech for a live answer: the audio is resampled like the offline decoder, cut and transcribed chunk by
chunk by the shared speech engine (app.engine.speech_chunks: `SpeechBuffer` cuts, `ChunkTranscriber` decodes), so
that at Stop only the tail remains.

What only the live path adds:
- speculation: while the worker is idle and the open chunk ends in a pause >= `SPECULATE_PAUSE_S` (the end of a
  sentence, often the end of the answer), that part is transcribed ahead; at Stop it becomes a chunk when it still
  matches, so only the speech after it is left to transcribe;
- catching up: with more than `CATCHUP_CHUNK_S` waiting, chunks are cut at the last pause of a Whisper window, and
  past `BEHIND_S` they are decoded greedily (cheaper) until the worker has caught up;
- never starting over: at Stop, whatever the worker had not reached is transcribed by the same engine and joined to
  what was done during the recording; each chunk records whether it was done live (`Piece.live`).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from typing import Any

import numpy as np

from app.engine.speech_chunks import (  # noqa: F401  (re-exported: the constants tests and benches read)
    CATCHUP_CHUNK_S,
    MAX_CHUNK_S,
    MIN_CHUNK_S,
    PAUSE_S,
    ChunkTranscriber,
    Piece,
    SpeechBuffer,
    SpeechResult,
    assemble,
    new_resampler,
    resample_chunk,
    transcribe_chunked,
)
from app.ml.audio_decode import SAMPLE_RATE

log = logging.getLogger(__name__)

SpeechLiveResult = SpeechResult  # the name the live analysis used before the engine was shared

SPECULATE_PAUSE_S = 0.8
SPECULATE_MIN_S = 4.0  # measured: 1-3 s pieces made Whisper drop or invent words (lp_d20: 5 words of 18)
BEHIND_S = 15.0  # audio waiting beyond the open chunk that makes the next chunks use greedy decoding (degraded)


class LiveSpeech:
    """Feed `push(samples, sample_rate)` from any thread; `finish()` returns the whole transcript and tracks."""

    def __init__(self, model, *, language: str = "auto", degrade: bool = True, thread: bool = True) -> None:
        self.degrade = degrade
        self.degradations: list[dict[str, Any]] = []
        self.requested = language
        self.buffer = SpeechBuffer()
        self.transcriber = ChunkTranscriber(model, language=language)
        self._in: queue.Queue = queue.Queue()
        self._cut = 0  # start of the open chunk (samples)
        self.pieces: list[Piece] = []
        self._spec: Piece | None = None
        self._resampler = new_resampler()
        self._cancel = threading.Event()
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self.last_progress = time.monotonic()  # when a piece was last transcribed (a watchdog reads it)
        self._thread = threading.Thread(target=self._run, name="live-speech", daemon=True)
        if thread:
            self._thread.start()

    @property
    def language(self) -> str | None:
        return self.transcriber.language

    # ---- caller side --------------------------------------------------------------------------------------------
    def push(self, samples: np.ndarray, sample_rate: int) -> None:
        """Queue a block of mono float32 audio (never blocks)."""
        self._in.put((samples, sample_rate))

    def cancel(self) -> None:
        self._cancel.set()
        self._in.put(None)
        if self._thread.is_alive():
            self._thread.join(30)

    def pending_s(self) -> float:
        """Audio received and not yet transcribed (s): how far behind the worker is."""
        return max(0, self.buffer.n - self._cut) / SAMPLE_RATE + sum(
            len(item[0]) / item[1] for item in list(self._in.queue) if item)

    # ---- worker -------------------------------------------------------------------------------------------------
    def _run(self) -> None:
        try:
            while True:
                try:
                    item = self._in.get(timeout=0.1)
                except queue.Empty:
                    item = ()
                if item is None or self._cancel.is_set():
                    break
                if item:
                    self.buffer.append_pcm16(resample_chunk(self._resampler, *item))
                    while not self._in.empty():  # take everything queued before deciding on a cut
                        nxt = self._in.get_nowait()
                        if nxt is None:
                            self._stop.set()
                            break
                        self.buffer.append_pcm16(resample_chunk(self._resampler, *nxt))
                if self._stop.is_set():
                    break
                self._maybe_cut()
        except BaseException as exc:
            log.exception("live speech failed")
            self._error = exc

    def _maybe_cut(self) -> None:
        buf = self.buffer
        c0 = self._cut // (SAMPLE_RATE // 100)
        if buf.frames - c0 < int(SPECULATE_MIN_S * 100):
            return
        cut = buf.next_cut(self._cut)
        if cut is not None:
            self._commit(cut)
            return
        # speculative: the open chunk ends in a long pause and the worker has nothing else to do
        spec_f, pause_f = int(SPECULATE_PAUSE_S * 100), int(PAUSE_S * 100)
        runs = buf.silent_runs(c0, buf.frames)
        if runs and runs[-1][1] == buf.frames and runs[-1][1] - runs[-1][0] >= spec_f and runs[-1][0] > c0:
            end = (runs[-1][0] + pause_f // 2) * (SAMPLE_RATE // 100)
            if self._spec is None or self._spec.end != end:
                self._spec = self._transcribe(self._cut, end)

    def _commit(self, end: int) -> None:
        spec = self._spec
        self._spec = None
        piece = spec if spec is not None and spec.start == self._cut and spec.end == end else \
            self._transcribe(self._cut, end)
        self.pieces.append(piece)
        self._cut = end

    def _transcribe(self, start: int, end: int) -> Piece:
        behind = (self.buffer.n - end) / SAMPLE_RATE
        # greedy decoding is 2-3x cheaper but drops more fillers (FINDINGS): only while the worker is far behind
        greedy = self.degrade and behind > BEHIND_S and not self._stop.is_set()
        if greedy and (not self.degradations or self.degradations[-1]["action"] != "greedy_decoding"):
            self.degradations.append({"t": round(start / SAMPLE_RATE, 2), "action": "greedy_decoding",
                                      "behind_s": round(behind, 1)})
        elif not greedy and self.degradations and self.degradations[-1]["action"] == "greedy_decoding":
            self.degradations.append({"t": round(start / SAMPLE_RATE, 2), "action": "beam_search_again"})
        started_live = not self._stop.is_set()  # a chunk already being decoded at Stop counts as live
        piece = self.transcriber.transcribe(self.buffer, start, end, beam_size=1 if greedy else 5)
        piece.live = started_live
        self.last_progress = time.monotonic()
        return piece

    # ---- finish -------------------------------------------------------------------------------------------------
    def finish(self) -> SpeechResult:
        """Transcribe what is left after the last cut and return everything (call once, after the last push).

        Nothing done during the recording is redone: a worker that fell behind leaves a longer tail, which is cut
        at pauses (the catch-up rule) and transcribed here."""
        t0 = time.perf_counter()
        self._stop.set()
        self._in.put(None)
        if self._thread.is_alive():
            self._thread.join()
        if self._error is not None:
            raise self._error
        buf = self.buffer
        # the worker is stopped: drain what it did not read, flush the resampler
        while not self._in.empty():
            item = self._in.get_nowait()
            if item:
                buf.append_pcm16(resample_chunk(self._resampler, *item))
        buf.append_pcm16(resample_chunk(self._resampler, None, 0))
        wait_s = time.perf_counter() - t0
        tail_start = self._cut
        live_s = tail_start / SAMPLE_RATE
        spec = self._spec
        if spec is not None and spec.start == self._cut and spec.end <= buf.n:
            silent_rest = buf.voice_bounds(spec.end, buf.n) is None
            # the speculated piece ends at a pause, so it is a valid cut; but a short voiced rest would be a piece
            # of a few words without context, where Whisper drops, splits or invents words (measured on the
            # recorded vid_talk_aoc: "In fidelity" after a 6.6 s piece came out as 3 words). Then the whole open
            # chunk is transcribed at once instead.
            if silent_rest or buf.n - spec.end >= SPECULATE_MIN_S * SAMPLE_RATE:
                self.pieces.append(spec)
                self._cut = spec.end
                live_s = spec.end / SAMPLE_RATE
                if silent_rest:
                    if buf.n > spec.end:
                        self.pieces.append(Piece(spec.end, buf.n, [], [], buf.tracks(spec.end, buf.n), 0.0,
                                                 skipped="no_voice"))
                    self._cut = buf.n
        while (cut := buf.next_cut(self._cut, final=True)) is not None:  # audio the worker had not reached
            self._commit(cut)
        if buf.n > self._cut:
            self.pieces.append(self._transcribe(self._cut, buf.n))
        self._cut = buf.n
        tail_s = time.perf_counter() - t0 - wait_s
        return assemble(buf, self.pieces, self.transcriber, {
            "live_parts": True,
            "degradations": self.degradations,
            "tail_audio_s": round((buf.n - tail_start) / SAMPLE_RATE, 2),
            "live_audio_s": round(live_s, 2),  # audio transcribed during the recording (the rest after Stop)
            "speculative_used": spec is not None and spec in self.pieces,
            "finish_wait_s": round(wait_s, 3),
            "finish_tail_s": round(tail_s, 3),
        })
