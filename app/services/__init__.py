"""Use-cases for the GUI and the headless flows (sessions, analysis jobs, settings, task manager). QtCore only."""
