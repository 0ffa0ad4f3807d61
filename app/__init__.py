"""Rebond: practise job interviews with video self-review, entirely on your own machine."""

__version__ = "0.1.0"
