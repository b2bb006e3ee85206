"""CLI commands that span areas (validate, demo). Each is a thin shell over service functions."""
