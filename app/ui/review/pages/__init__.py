"""Pages reachable from the main window's navigation: compare, progress, journal, written answers."""
