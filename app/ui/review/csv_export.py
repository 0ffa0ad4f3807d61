"""All metrics as CSV: one row per answer (UTF-8 with BOM so that spreadsheet programs read accents correctly)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from app.analysis.progress_series import metric_row
from app.core.errors import InputError

#: Column order; metadata first, then metrics (units in the header so the file explains itself).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("session_id", "session_id"),
    ("answer", "answer"),
    ("date", "date"),
    ("question", "question"),
    ("language", "language"),
    ("duration_s", "duration_s"),
    ("eye_contact", "eye_contact_pct"),
    ("fillers_per_min", "fillers_per_min"),
    ("wpm", "words_per_min"),
    ("long_pauses", "long_pauses"),
    ("pitch_variation", "pitch_variation_semitones"),
    ("posture_events", "posture_events"),
    ("star_completeness", "star_completeness_pct"),
    ("result_quantified", "result_quantified_pct"),
)


def rows_from_reports(items: Iterable[tuple[Mapping[str, Any], Mapping[str, Any]]]) -> list[dict[str, Any]]:
    """`(report, meta)` pairs → CSV rows (meta gives session_id, answer, date, question)."""
    return [metric_row(report, **meta) for report, meta in items]


def write_metrics_csv(path: Path, rows: Iterable[Mapping[str, Any]]) -> int:
    """Write the rows; returns how many were written. Raises InputError when the file cannot be written."""
    count = 0
    try:
        with open(path, "w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            writer.writerow([header for _, header in COLUMNS])
            for row in rows:
                writer.writerow(["" if row.get(key) is None else row.get(key) for key, _ in COLUMNS])
                count += 1
    except OSError as exc:
        raise InputError(f"Cannot write the CSV file {path}: {exc.strerror or exc}.",
                         hint="Choose another folder or file name.") from exc
    return count
