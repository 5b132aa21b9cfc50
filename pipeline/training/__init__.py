"""Training scripts for the project's models (built from ../shared/corpora, never shipped data)."""
