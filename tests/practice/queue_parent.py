"""Parent process for the orphan test: runs an analysis queue with the slow fake analyzer until killed."""

import sys
from pathlib import Path


def main() -> None:
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication(sys.argv[:1])
    from app.services.analysis_queue import AnalysisQueue
    from app.storage.store import Store

    store = Store(Path(sys.argv[1]))
    s = store.create_session("en")
    a = store.add_answer(s.id, question="q")
    a.media.write_bytes(b"x")
    queue = AnalysisQueue(store, analyzer="tests.practice.fake_analyzer:analyze_slow")
    queue.enqueue(a.id)
    print(a.media, flush=True)
    app.exec()


if __name__ == "__main__":
    main()
