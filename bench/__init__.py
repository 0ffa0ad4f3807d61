"""Benchmarks behind `rebond bench NAME`; each module exposes `register(subparsers)`."""
