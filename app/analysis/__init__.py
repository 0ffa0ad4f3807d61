"""Pure analysis functions over domain types: no Qt, no I/O (resources are read through app.core.paths)."""
