"""sqlite3 index + one folder per session; migrations; atomic writes. No Qt."""
