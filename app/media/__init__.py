"""The only place that imports QtMultimedia: capture (real or file-fed camera), recorder, player."""
