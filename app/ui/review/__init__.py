"""Review side of Rebond: one answer's annotated replay, compare attempts, progress, journal, written answers, export."""
