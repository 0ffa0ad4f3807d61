"""Reusable review widgets: timeline, transcript, STAR checklist, metric cards, charts."""
