"""Seeded practice sessions for the progress tests and screenshots."""

from __future__ import annotations

import random
from datetime import date, timedelta


def seeded_rows(today: date = date(2026, 11, 25), sessions: int = 9, seed: int = 6) -> list[dict]:
    """`sessions` practice days ending `today`, two answers each, slowly improving with noise."""
    rng = random.Random(seed)
    rows = []
    day = today - timedelta(days=2 * (sessions - 1) - 3)
    for i in range(sessions):
        for answer in range(2):
            progress = i / max(1, sessions - 1)
            rows.append({
                "date": day.isoformat(), "session_id": f"s{i}", "answer": answer + 1,
                "eye_contact": round(62 + 22 * progress + rng.uniform(-5, 5), 1),
                "fillers_per_min": round(6.5 - 4 * progress + rng.uniform(-0.8, 0.8), 1),
                "wpm": round(178 - 25 * progress + rng.uniform(-8, 8)),
                "long_pauses": rng.choice([0, 1, 1, 2, 3]) if progress < 0.5 else rng.choice([0, 0, 1]),
                "star_completeness": rng.choice([50, 75, 75, 100]) if progress < 0.5 else rng.choice([75, 100, 100]),
                "result_quantified": rng.choice([0, 0, 100]) if progress < 0.5 else rng.choice([0, 100, 100]),
            })
        day += timedelta(days=2 if i < sessions - 4 else 1)
    return rows
