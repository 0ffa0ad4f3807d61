"""A fake media player: records seeks and plays by moving its position when told."""

from __future__ import annotations

from app.media.player import PlayerBase


class FakePlayer(PlayerBase):
    def __init__(self, duration: float = 0.0) -> None:
        super().__init__()
        self.seeks: list[float] = []
        self.rates: list[float] = []
        self._pos = 0.0
        self._dur = duration
        self._playing = False
        self.closed = False

    def has_media(self) -> bool:
        return True

    def play(self) -> None:
        self._playing = True
        self.playingChanged.emit(True)

    def pause(self) -> None:
        self._playing = False
        self.playingChanged.emit(False)

    def is_playing(self) -> bool:
        return self._playing

    def seek(self, seconds: float) -> None:
        self.seeks.append(seconds)
        self._pos = seconds
        self.positionChanged.emit(seconds)

    def position(self) -> float:
        return self._pos

    def duration(self) -> float:
        return self._dur

    def set_rate(self, rate: float) -> None:
        self.rates.append(rate)

    def close(self) -> None:
        self.closed = True


def fake_factory(holder: list):
    """A `player_factory` for ReviewScreen that keeps the created fake in `holder`."""

    def make(_media, duration):
        player = FakePlayer(duration)
        holder.append(player)
        return player

    return make


def tiny_video(path, seconds: float, fps: int = 10):
    """A small silent MPEG-4 file whose frames change (PyAV), for tests of the real Qt player."""
    import av
    import numpy as np

    with av.open(str(path), "w") as out:
        stream = out.add_stream("mpeg4", rate=fps)
        stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
        for i in range(int(seconds * fps)):
            frame = np.full((48, 64, 3), (i * 7) % 256, dtype=np.uint8)
            for packet in stream.encode(av.VideoFrame.from_ndarray(frame, format="rgb24")):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return path
