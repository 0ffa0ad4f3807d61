"""Warnings of a report: `{code, message, params}`, one code per message.

The report keeps the English message (readable in the JSON and by older readers) and the parameters; the text is
worded in `app/resources/tips/warnings.toml` (`[warning_<code>]`) and, for the vision warnings, `app/resources/tips/vision.toml`
(`[vision_warning_<code>]`), in English and French, so an interface renders it again in its own language.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from typing import Any

from app.analysis.tips import templates

_PREFIXES = ("warning_", "vision_warning_")


def _template(code: str) -> dict | None:
    return next((templates()[p + code] for p in _PREFIXES if p + code in templates()), None)


def _fill(text: str, params: Mapping[str, Any]) -> str | None:
    """`text` with its placeholders filled, or None when a parameter is missing."""
    names = [f for _, f, _, _ in string.Formatter().parse(text) if f]
    if any(n not in params for n in names):
        return None
    return text.format(**params)


def make_warning(code: str, **params: Any) -> dict[str, Any]:
    """The report entry for warning `code` (its template must exist; a code without one is a programming error)."""
    tpl = _template(code)
    if tpl is None:
        raise KeyError(f"no text for warning {code!r} in app/resources/tips")
    message = _fill(tpl["en"], params)
    if message is None:
        raise KeyError(f"warning {code!r} needs {tpl['en']!r} parameters, got {sorted(params)}")
    entry: dict[str, Any] = {"code": code, "message": message}
    if params:
        entry["params"] = dict(params)
    return entry


def _legacy(code: str, message: str, params: Mapping[str, Any]) -> tuple[str, Mapping[str, Any]]:
    """Reports saved before warnings had parameters: `asr_guard` had its count only in the message, and
    `no_speech` also stood for "No words were recognised"."""
    if code == "asr_guard" and "count" not in params:
        count = re.match(r"\d+", message)
        return code, {**params, "count": count.group(0) if count else "?"}
    if code == "no_speech" and message.startswith("No words"):
        return "no_words", params
    return code, params


def warning_text(warning: Mapping[str, Any], lang: str) -> str:
    """A report warning in `lang` (en/fr); the stored message when its code or a parameter is unknown."""
    message = str(warning.get("message") or "")
    params = warning.get("params") if isinstance(warning.get("params"), Mapping) else {}
    code, params = _legacy(str(warning.get("code") or ""), message, params)
    tpl = _template(code)
    if tpl is None:
        return message
    text = _fill(tpl.get(lang) or tpl.get("en") or "", params)
    return text if text else message
