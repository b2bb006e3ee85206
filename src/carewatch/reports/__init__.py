"""Outputs a person takes away: findings files, spreadsheets, charts and board reports."""
