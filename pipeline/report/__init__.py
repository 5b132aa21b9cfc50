"""Static review page (report.html) for one run's output folder."""
from .build import build_report

__all__ = ["build_report"]
