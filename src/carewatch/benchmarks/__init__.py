"""Benchmarks: the council's measures beside the published figures for every English council, its
statistical neighbours, its region and England (DfE explore-education-statistics files and the DfE local
authority interactive tool, LAIT), shipped as a Parquet store read with DuckDB."""
