"""One answer as a PDF (Qt's own QPdfWriter + QTextDocument): key information, metric table with target bands and
their sources, STAR checklist, tips, the annotated timeline as a chart image, key frames, and the transcript with its
highlights."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.analysis.metric_cards import build_cards
from app.analysis.timeline_marks import build_marks, key_moments, timeline_duration, visible_lanes
from app.core.errors import Cancelled, InputError
from app.services.feedback import visible_tips
from app.ui.i18n import current_language
from app.ui.review.key_frames import frames_at
from app.ui.review.labels import (
    describe_mark,
    labelled,
    lane_titles,
    metric_titles,
    metric_units,
    part_names,
    warning_text,
)
from app.ui.review.style import fmt_time, fmt_value, is_dark, lane_color, star_color
from app.ui.theme import paper_palette

#: Rendered width of the timeline picture: narrow enough that its labels stay legible once scaled to the page.
TIMELINE_PX = 820
#: Width of that picture on the page, in document pixels: QTextDocument.print_ lays out A4 minus our 15 mm margins
#: and its own 2 cm ones, about 530 px at 96 dpi; percentages are not supported for images.
TIMELINE_PAGE_W = 510
#: Width of one key frame on the page (two per row).
KEY_FRAME_W = 240
_UNSET = object()  # "make the timeline picture here"




def timeline_image(report: Mapping[str, Any], accessibility: bool = False) -> QImage | None:
    """The annotated timeline rendered off screen (None for a written answer: nothing to place in time)."""
    from app.ui.widgets.timeline import TimelineWidget

    marks = build_marks(report, accessibility=accessibility)
    duration = timeline_duration(report, marks)
    if not duration:
        return None
    widget = TimelineWidget()
    if is_dark():  # paper is white: a dark screen scheme must not reach the PDF
        widget.setPalette(paper_palette())
    try:
        widget.set_lanes(visible_lanes(accessibility), lane_titles())
        widget.set_marks(marks, duration)
        widget.show_playhead = False
        widget.resize(TIMELINE_PX, widget.sizeHint().height())
        return widget.grab().toImage()
    finally:
        widget.deleteLater()


def _texts() -> dict[str, str]:
    """English text → its translation, for the PDF's fixed texts (kept out of f-strings so that lupdate finds them)."""
    texts = [
        QCoreApplication.translate("PdfExport", "No transcript."),
        QCoreApplication.translate("PdfExport", "Interview answer review"),
        QCoreApplication.translate("PdfExport", "Top tips"),
        QCoreApplication.translate("PdfExport", "No tips for this answer: nothing stood out."),
        QCoreApplication.translate("PdfExport", "Metrics"),
        QCoreApplication.translate("PdfExport", "Metric"),
        QCoreApplication.translate("PdfExport", "Value"),
        QCoreApplication.translate("PdfExport", "Target band"),
        QCoreApplication.translate("PdfExport", "Source of the band"),
        QCoreApplication.translate("PdfExport", "STAR checklist"),
        QCoreApplication.translate("PdfExport", "Result quantified"),
        QCoreApplication.translate("PdfExport", "Action told with “I”"),
        QCoreApplication.translate("PdfExport", "What a strong answer contains"),
        QCoreApplication.translate("PdfExport", "Timeline"),
        QCoreApplication.translate("PdfExport", "Key frames"),
        QCoreApplication.translate("PdfExport", "Transcript"),
        QCoreApplication.translate("PdfExport", "Bold: filler · underlined: negative phrasing · italics: hedge"),
    ]
    return dict(zip(_SOURCES, texts, strict=True))


_SOURCES = ('No transcript.', 'Interview answer review', 'Top tips', 'No tips for this answer: nothing stood out.', 'Metrics', 'Metric', 'Value', 'Target band', 'Source of the band', 'STAR checklist', 'Result quantified', 'Action told with “I”', 'What a strong answer contains', 'Timeline', 'Key frames', 'Transcript', 'Bold: filler · underlined: negative phrasing · italics: hedge')


def _transcript_html(report: Mapping[str, Any]) -> str:
    """The transcript with fillers in bold colour, negative phrases underlined, hedges in italics, STAR part tags."""
    T = _texts()  # noqa: N806 - a table of texts, read like a constant
    text = (report.get("transcript") or {}).get("text") or ""
    if not text:
        return f"<p><i>{html.escape(T['No transcript.'])}</i></p>"
    n = len(text)
    style = [0] * (n + 1)  # bit 1 filler, 2 negative, 4 hedge

    def mark(rows: Any, bit: int) -> None:
        for row in rows or []:
            cs, ce = row.get("char_start"), row.get("char_end")
            if isinstance(cs, int) and isinstance(ce, int):
                for i in range(max(0, cs), min(n, ce)):
                    style[i] |= bit

    mark((report.get("fillers") or {}).get("events"), 1)
    mark(report.get("negatives"), 2)
    mark(report.get("hedges"), 4)
    tags = {}
    for span in (report.get("star") or {}).get("spans") or []:
        if isinstance(span.get("char_start"), int):
            tags[span["char_start"]] = span.get("part", "?")
    filler_c, neg_c = lane_color("fillers").darker(125).name(), lane_color("negatives").name()
    out, i = [], 0
    while i < n:
        if i in tags:
            part = tags[i]
            out.append(f"<span style='background-color:{star_color(part).name()}; color:#000'>&nbsp;{part}&nbsp;</span> ")
        j = i + 1
        while j < n and style[j] == style[i] and j not in tags:
            j += 1
        piece = html.escape(text[i:j])
        s = style[i]
        if s & 4:
            piece = f"<i>{piece}</i>"
        if s & 2:
            piece = f"<span style='color:{neg_c}; text-decoration: underline'>{piece}</span>"
        if s & 1:
            piece = f"<b style='color:{filler_c}'>{piece}</b>"
        out.append(piece)
        i = j
    return "<p style='line-height:140%'>" + "".join(out) + "</p>"


def answer_html(report: Mapping[str, Any], *, question: str | None = None, question_note: str | None = None,
                accessibility: bool = False, when: date | None = None, has_timeline: bool = False,
                key_frames: Sequence[str] = (), resource_prefix: str = "", thresholds_text: str | None = None) -> str:
    """The HTML of one answer (exposed for tests and for a print preview); images are named
    `rebond://<resource_prefix>timeline.png` and `…frame<i>.png`; `key_frames` are the captions of those frames."""
    esc = html.escape
    T = _texts()  # noqa: N806 - a table of texts, read like a constant
    parts = [f"<h1>{esc(question or T['Interview answer review'])}</h1>"]
    info = []
    if when:
        info.append(QCoreApplication.translate("PdfExport", "Date: %1").replace("%1", when.isoformat()))
    if report.get("duration_s"):
        info.append(QCoreApplication.translate("PdfExport", "Length: %1").replace("%1", fmt_time(report["duration_s"])))
    if report.get("language"):
        info.append(QCoreApplication.translate("PdfExport", "Language: %1").replace("%1", str(report["language"])))
    if accessibility:
        info.append(QCoreApplication.translate("PdfExport", "Accessibility mode: eye contact and expression not scored"))
    parts.append(f"<p>{esc(' · '.join(info))}</p>")
    for w in report.get("warnings") or []:
        if isinstance(w, Mapping):
            parts.append(f"<p><i>{esc(warning_text(w))}</i></p>")

    parts.append(f"<h2>{esc(T['Top tips'])}</h2>")
    tips = visible_tips(report, accessibility=accessibility, lang=current_language())
    if tips:
        parts.append("<ul>" + "".join(f"<li>{esc(str(t.get('text') or t.get('code')))}</li>" for t in tips) + "</ul>")
    else:
        parts.append(f"<p>{esc(T['No tips for this answer: nothing stood out.'])}</p>")

    parts.append(f"<h2>{esc(T['Metrics'])}</h2>")
    rows = [f"<tr><th align='left' width='22%'>{esc(T['Metric'])}</th>"
            f"<th align='right' width='19%'>{esc(T['Value'])}</th>"
            f"<th align='left' width='12%'>{esc(T['Target band'])}</th>"
            f"<th align='left' width='47%'>{esc(T['Source of the band'])}</th></tr>"]
    titles, units = metric_titles(), metric_units()
    for card in build_cards(report, accessibility=accessibility, thresholds_text=thresholds_text,
                            lang=current_language()):
        value = "–" if card.value is None else f"{fmt_value(card.value)} {units.get(card.id, '')}".strip()
        band = src = "–"
        if card.band:
            lo, hi = card.band.low, card.band.high
            band = f"{fmt_value(lo)}–{fmt_value(hi)}" if lo is not None and hi is not None else (
                f"≤ {fmt_value(hi)}" if hi is not None else f"≥ {fmt_value(lo)}")
            src = card.band.source or QCoreApplication.translate("PdfExport", "not stated")
        rows.append(f"<tr><td>{esc(titles.get(card.id, card.id))}</td><td align='right'>{esc(value)}</td>"
                    f"<td>{esc(band)}</td><td>{esc(src)}</td></tr>")
    parts.append("<table border='1' cellspacing='0' cellpadding='4' width='100%'>" + "".join(rows) + "</table>")

    star = report.get("star")
    if isinstance(star, Mapping):
        parts.append(f"<h2>{esc(T['STAR checklist'])}</h2><ul>")
        present, share = star.get("present") or {}, star.get("share") or {}
        for p, name in part_names().items():
            state = QCoreApplication.translate("PdfExport", "present") if present.get(p) else QCoreApplication.translate("PdfExport", "missing")
            pct = share.get(p) if isinstance(share, Mapping) else None
            extra = f" ({round(pct * 100)} %)" if isinstance(pct, int | float) else ""
            parts.append(f"<li>{labelled(f'<b>{esc(name)}</b>', esc(state))}{extra}</li>")
        yes_no = {True: QCoreApplication.translate("PdfExport", "yes"), False: QCoreApplication.translate("PdfExport", "no"), None: QCoreApplication.translate("PdfExport", "not measured")}
        parts.append(f"<li>{labelled(esc(T['Result quantified']), esc(yes_no[star.get('result_quantified')]))}</li>")
        parts.append(f"<li>{labelled(esc(T['Action told with “I”']), esc(yes_no[star.get('action_first_person')]))}"
                     "</li>")
        parts.append("</ul>")
        if question_note:
            contains = esc(T["What a strong answer contains"])
            parts.append(f"<p>{labelled(f'<b>{contains}</b>', esc(question_note))}</p>")

    if has_timeline:
        parts.append(f"<h2>{esc(T['Timeline'])}</h2><p><img src='rebond://{resource_prefix}timeline.png' width='{TIMELINE_PAGE_W}'></p>")
        marks = [m for m in build_marks(report, accessibility=accessibility) if m.timed and m.lane != "star"]
        marks.sort(key=lambda m: m.start)
        if marks:
            items = "".join(f"<li>{fmt_time(m.start)} — {esc(describe_mark(m))}</li>" for m in marks[:40])
            parts.append(f"<ul>{items}</ul>")
    if key_frames:
        cells = [f"<td align='center'><img src='rebond://{resource_prefix}frame{i}.png' width='{KEY_FRAME_W}'><br>"
                 f"<small>{esc(caption)}</small></td>" for i, caption in enumerate(key_frames)]
        rows_html = "".join("<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2))
        imgs = f"<table cellpadding='4'>{rows_html}</table>"
        parts.append(f"<h2>{esc(T['Key frames'])}</h2><p>{imgs}</p>")
    parts.append(f"<h2>{esc(T['Transcript'])}</h2>")
    parts.append(f"<p><small>{esc(T['Bold: filler · underlined: negative phrasing · italics: hedge'])}</small></p>")
    parts.append(_transcript_html(report))
    return "<html><body>" + "".join(parts) + "</body></html>"


def _add_answer(doc: QTextDocument, report: Mapping[str, Any], prefix: str, *, question: str | None,
                question_note: str | None, accessibility: bool, when: date | None,
                media_path: Path | None, thresholds_text: str | None = None,
                timeline: QImage | None | object = _UNSET) -> str:
    """Register the answer's images in `doc` and return its HTML body. `timeline`: the timeline picture made
    beforehand on the GUI thread (`timeline_image`); when not given it is made here, which needs the GUI thread."""
    image = timeline_image(report, accessibility) if timeline is _UNSET else timeline
    if image is not None:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"rebond://{prefix}timeline.png"), image)
    captions = []
    if media_path is not None and Path(media_path).is_file():
        moments = key_moments(build_marks(report, accessibility=accessibility))
        # A little into the event (up to 0.5 s), where the posture or the gaze is already visible.
        times = [m.start + min(0.5, ((m.end or m.start) - m.start) / 2) for m in moments]
        for moment, frame in zip(moments, frames_at(Path(media_path), times), strict=True):
            if frame is None:
                continue
            doc.addResource(QTextDocument.ResourceType.ImageResource,
                            QUrl(f"rebond://{prefix}frame{len(captions)}.png"), frame)
            captions.append(f"{fmt_time(moment.start)} — {describe_mark(moment)}")
    page = answer_html(report, question=question, question_note=question_note, accessibility=accessibility,
                       when=when, has_timeline=image is not None, key_frames=captions, resource_prefix=prefix,
                       thresholds_text=thresholds_text)
    return page.removeprefix("<html><body>").removesuffix("</body></html>")


def _write(path: Path, doc: QTextDocument, title: str) -> Path:
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb"):
            pass  # fail early, with a clear message, on an unwritable place
    except OSError as exc:
        raise InputError(f"Cannot write the PDF file {path}: {exc.strerror or exc}.",
                         hint="Choose another folder or file name.") from exc
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setResolution(150)
    writer.setTitle(title)
    writer.setCreator("Rebond")
    doc.print_(writer)
    del writer  # the file is finalised when the writer goes away
    return path


def export_answer_pdf(path: Path, report: Mapping[str, Any], *, question: str | None = None,
                      question_note: str | None = None, accessibility: bool = False, when: date | None = None,
                      media_path: Path | None = None, thresholds_text: str | None = None) -> Path:
    """Write the PDF of one answer to `path`. Raises InputError when the file cannot be written.
    `media_path`: the recording, for still frames of the look-aways, posture and framing events.
    `thresholds_text` replaces the shipped thresholds file for the bands (None: the shipped one)."""
    doc = QTextDocument()
    body = _add_answer(doc, report, "", question=question, question_note=question_note,
                       accessibility=accessibility, when=when, media_path=media_path, thresholds_text=thresholds_text)
    doc.setHtml(f"<html><body>{body}</body></html>")
    return _write(path, doc, question or "Rebond")


def prepare_answers(answers: Sequence[Mapping[str, Any]], accessibility: bool = False) -> list[dict[str, Any]]:
    """GUI thread: copies of `answers` with their timeline picture (`"timeline"`), so that `render_session_pdf` can
    run on a worker thread (widgets may only be drawn on the GUI thread)."""
    return [{**item, "timeline": timeline_image(item["report"], accessibility)} for item in answers]


def render_session_pdf(path: Path, answers: Sequence[Mapping[str, Any]], *, title: str | None = None,
                       accessibility: bool = False, when: date | None = None,
                       progress: Callable[[int, int], None] | None = None,
                       cancelled: Callable[[], bool] | None = None) -> Path:
    """Any thread: the PDF of prepared answers (see `prepare_answers`); decodes the key frames and writes the file.
    `progress(done, total)` after each answer; `cancelled()` is checked between answers (raises Cancelled)."""
    doc = QTextDocument()
    bodies = []
    for i, item in enumerate(answers):
        if cancelled is not None and cancelled():
            raise Cancelled("PDF export cancelled.")
        body = _add_answer(doc, item["report"], f"a{i}-", question=item.get("question"),
                           question_note=item.get("question_note"), accessibility=accessibility, when=when,
                           media_path=item.get("media_path"), timeline=item.get("timeline", _UNSET))
        # Qt's rich text honours page-break-before on block elements.
        bodies.append(f"<div style='page-break-before: always'>{body}</div>" if i else body)
        if progress is not None:
            progress(i + 1, len(answers) + 1)
    doc.setHtml("<html><body>" + "".join(bodies) + "</body></html>")
    out = _write(path, doc, title or "Rebond")
    if progress is not None:
        progress(len(answers) + 1, len(answers) + 1)
    return out


def export_session_pdf(path: Path, answers: Sequence[Mapping[str, Any]], *, title: str | None = None,
                       accessibility: bool = False, when: date | None = None) -> Path:
    """One PDF for a session: each answer (`{"report", "question", "question_note", "media_path"}`) on new pages.
    GUI thread (or a headless QApplication); the window uses `prepare_answers` + `render_session_pdf` instead."""
    return render_session_pdf(path, prepare_answers(answers, accessibility), title=title,
                              accessibility=accessibility, when=when)
