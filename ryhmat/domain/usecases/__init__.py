"""Use cases: plain functions over a unit of work, callable from the UI, the CLI and tests."""
