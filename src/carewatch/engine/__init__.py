"""The rule and measure engine: SQL files checked with SQLGlot and run on DuckDB over typed return tables."""
