"""Benchmarks (``make bench``): measured here, never by timed assertions in tests."""
