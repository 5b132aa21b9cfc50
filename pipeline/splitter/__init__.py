"""Article splitter: a page of raw text into articles (headline, byline, body)."""
from .cues import SplitterCues, load_cues
from .splitter import ArticleDraft, PageSplit, split_page

__all__ = ["ArticleDraft", "PageSplit", "SplitterCues", "load_cues", "split_page"]
