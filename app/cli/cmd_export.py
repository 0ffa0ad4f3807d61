"""`rebond export SESSION_ID [--answer N] [--pdf FILE] [--csv FILE]`: the review's PDF and CSV exports, headless."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.cli.cmd_practice import add_data_dir, apply_data_dir
from app.core.errors import InputError, StorageError


def register(sub) -> None:
    p = sub.add_parser("export", help="export a session (or one answer) as a PDF report and/or a CSV of metrics")
    p.add_argument("session_id")
    p.add_argument("--answer", type=int, metavar="N", help="only answer N (from 1)")
    p.add_argument("--pdf", type=Path, metavar="FILE", help="write the PDF report here")
    p.add_argument("--csv", type=Path, metavar="FILE", help="write the metrics CSV here")
    add_data_dir(p)
    p.set_defaults(func=_run)


def _run(args) -> int:
    apply_data_dir(args)
    if not args.pdf and not args.csv:
        raise InputError("Nothing to export.", hint="Give --pdf FILE and/or --csv FILE.")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the PDF is drawn by Qt; no window is needed
    from PySide6.QtWidgets import QApplication

    from app.analysis.progress_series import metric_row
    from app.storage.store import Store
    from app.ui.review.csv_export import write_metrics_csv
    from app.ui.review.pdf_export import export_session_pdf

    _app = QApplication.instance() or QApplication([])
    store = Store()
    session = store.get_session(args.session_id)
    answers = [a for a in session.answers if args.answer is None or a.index == args.answer]
    if not answers:
        raise InputError(f"Session {session.id} has no answer {args.answer}.")
    items = []
    skipped = []
    for a in answers:
        try:
            report = store.load_report(a.id)
        except StorageError as err:  # one unreadable report must not block exporting the others
            print(f"rebond: answer {a.index} skipped: {err.user_text()}", file=sys.stderr)
            skipped.append(a.index)
            continue
        if report:
            try:  # a report that parses but is not a report (hand-edited, another program's file) is skipped too
                if not isinstance(report, dict) or report.get("schema") != "rebond.report/1":
                    raise ValueError("no rebond.report/1 schema")
                metric_row(report, session_id=session.id, answer=a.index, date=session.started_at[:10],
                           question=a.question)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                print(f"rebond: answer {a.index} skipped: its report {a.report} is not a Rebond report ({exc!r}).\n"
                      f"Analyse it again: rebond sessions analyze {session.id} {a.index}", file=sys.stderr)
                skipped.append(a.index)
                continue
            items.append((a, report))
    if not items:
        raise InputError("No analysed answer to export in this selection.",
                         hint=f"Run: rebond sessions analyze {session.id}")
    try:
        if args.pdf:
            export_session_pdf(args.pdf, [{"report": r, "question": a.question, "question_note": a.question_note,
                                           "media_path": a.media if a.media and a.media.exists() else None}
                                          for a, r in items], title=session.title or session.id)
            print(f"PDF: {args.pdf.resolve()}")
        if args.csv:
            n = write_metrics_csv(args.csv, [metric_row(r, session_id=session.id, answer=a.index,
                                                        date=session.started_at[:10], question=a.question)
                                             for a, r in items])
            print(f"CSV: {args.csv.resolve()} ({n} row{'s' if n != 1 else ''})")
    except OSError as exc:
        from app.storage.atomic import storage_error

        raise storage_error(exc, getattr(exc, "filename", None) or (args.pdf or args.csv), "write the export") \
            from None
    if skipped:
        print(f"rebond: exported without answer(s) {', '.join(map(str, skipped))} (unreadable report).",
              file=sys.stderr)
        return 5
    return 0
