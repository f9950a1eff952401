"""Curated knowledge bases: reviewed data files with a small query layer on top."""
