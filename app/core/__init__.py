"""Domain types, errors, progress and cancellation. Standard library and numpy only (plus platformdirs for paths)."""
