"""Measure definitions as SQL files, one folder per return; see carewatch.engine.measures for the format."""
