"""Run the analyses left pending by a crash, without a window, and wait for them."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QTimer

from app.services.analysis_queue import AnalysisQueue
from app.storage.models import Answer
from app.storage.store import Store


def run_pending(store: Store, answers: list[Answer], *, analyzer: str | None = None, echo: bool = True) -> None:
    """Queue every answer and block (in a local event loop) until the queue is idle."""
    queue = AnalysisQueue(store, **({"analyzer": analyzer} if analyzer else {}))
    loop = QEventLoop()

    def on_status(answer_id: int, status: str, error: str) -> None:
        if echo:
            a = store.get_answer(answer_id)
            print(f"session {a.session_id} answer {a.index}: {status}" + (f" — {error}" if error else ""), flush=True)

    queue.statusChanged.connect(on_status)
    queue.idle.connect(loop.quit)
    for a in answers:
        lang = store.get_session(a.session_id).language
        queue.enqueue(a.id, lang=lang, question=a.question)
    QTimer.singleShot(0, lambda: None if queue.busy() else loop.quit())
    loop.exec()
    queue.shutdown()
