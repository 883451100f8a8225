"""`make bench`: the municipality-scale benchmark of issue 8 (see bench/RESULTS.md)."""
