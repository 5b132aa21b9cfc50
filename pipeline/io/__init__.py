"""Reading pages and writing stage outputs."""
