"""Tips: render tip candidates from every domain into at most three texts, in the analysis language.

Template format (all `app/resources/tips/*.toml` files are loaded together; codes are unique across files):

    [code]                 # one table per tip code
    en = "{count} pauses over {threshold_s} s"   # English text, {param} placeholders filled from params
    fr = "{count} pauses de plus de {threshold_s} s"
    severity = 0.5         # optional default severity in [0, 1]

Candidates (`app.core.tips.TipCandidate`) come from speech, language, STAR and vision; the highest severities win,
one tip per code. A missing placeholder renders as "?" instead of failing the whole report.
"""

from __future__ import annotations

import string
import tomllib
from functools import lru_cache

from app.core.paths import resource
from app.core.tips import TipCandidate


@lru_cache(maxsize=1)
def templates() -> dict[str, dict]:
    """Every tip template, keyed by code."""
    out: dict[str, dict] = {}
    for path in sorted(resource("tips").glob("*.toml")):
        with open(path, "rb") as fh:
            out.update(tomllib.load(fh))
    return out


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def number_text(value: float, lang: str) -> str:
    """A measured number as a reader expects it: at most two decimals, no trailing zeros ("2 s", "1.5 s"), and a
    decimal comma in French ("1,5 s"; French typography, Imprimerie nationale's Lexique des règles typographiques)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    text = "0" if text in ("-0", "") else text
    return text.replace(".", ",") if lang == "fr" else text


def render(code: str, params: dict, lang: str) -> str:
    """The text of one tip in `lang` (en/fr; falls back to en, then to the code itself). Float parameters are
    written with `number_text`; the report keeps the numbers themselves in `params`."""
    tpl = templates().get(code)
    if not tpl:
        return code
    text = tpl.get(lang) or tpl.get("en") or code
    shown = {k: number_text(v, lang) if isinstance(v, float) else v for k, v in params.items()}
    return string.Formatter().vformat(text, (), _Lenient(shown))


def prioritise(candidates: list[TipCandidate], lang: str, max_tips: int = 3) -> list[dict]:
    """The report's `tips`: at most `max_tips`, by decreasing severity, one per code, each with text and evidence."""
    best: dict[str, TipCandidate] = {}
    for c in candidates:
        if c.code not in best or c.severity > best[c.code].severity:
            best[c.code] = c
    ranked = sorted(best.values(), key=lambda c: -c.severity)[:max_tips]
    return [{"code": c.code, "params": dict(c.params), "text": render(c.code, dict(c.params), lang),
             "severity": round(float(c.severity), 3), "evidence": [dict(e) for e in c.evidence]} for c in ranked]
