"""Statutory returns: declared schemas and readers that turn submitted files into typed tables."""
