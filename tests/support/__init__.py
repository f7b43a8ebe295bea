"""Helpers for tests and benchmarks (not part of the academy package: nothing in academy/ imports them)."""
