"""Use-case layer that runs ML adapters and pure analysis together: `analyze_file` builds a report. No Qt."""
