"""Coherent synthetic councils: statutory returns for made-up children, for demos, tests and benchmarks."""
