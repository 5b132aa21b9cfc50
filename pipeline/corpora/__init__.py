"""Readers for the public corpora in ``../shared/corpora`` (never copied into the project)."""
