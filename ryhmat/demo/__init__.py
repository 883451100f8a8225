"""Realistic, deterministic demo data for a fictional Finnish municipality."""
