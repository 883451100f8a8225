"""`make bench`: the municipality-scale benchmark (see bench/RESULTS.md)."""
